import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";

// An opt-in memory diagnostic for the soak (scripts/bench/soak/heap.ts), off unless APP_HEAP_REPORT
// names a folder: then SIGUSR2 makes this process collect its garbage fully (when started with
// --expose-gc) and write its heap figures to <folder>/heap-<pid>.json; with APP_HEAP_SNAPSHOT=1 a
// heap snapshot too (slow, and as large as the heap), for a diff between two rounds. RSS says little
// about a leak in V8, which keeps the pages it has grown into; the heap after a full collection does.

export type HeapReport = {
  pid: number;
  at: string;
  /** false: started without --expose-gc, so the figures include garbage. */
  collected: boolean;
  memory: NodeJS.MemoryUsage;
  heap: v8.HeapInfo;
  snapshot: string | null;
};

export const heapReportFile = (dir: string, pid: number) => path.join(dir, `heap-${pid}.json`);

export function installHeapReport(dir = process.env.APP_HEAP_REPORT, snapshots = process.env.APP_HEAP_SNAPSHOT === "1"): void {
  if (!dir) return;
  let taken = 0;
  process.on("SIGUSR2", () => {
    const gc = globalThis.gc;
    // Twice: objects freed by the first collection's finalizers and weak callbacks go in the second.
    gc?.();
    gc?.();
    const snapshot = snapshots ? v8.writeHeapSnapshot(path.join(dir, `heap-${process.pid}-${++taken}.heapsnapshot`)) : null;
    const report: HeapReport = { pid: process.pid, at: new Date().toISOString(), collected: !!gc, memory: process.memoryUsage(), heap: v8.getHeapStatistics(), snapshot };
    // Written aside and renamed, so a reader never sees half a report.
    const file = heapReportFile(dir, process.pid);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
    fs.renameSync(`${file}.tmp`, file);
  });
}
