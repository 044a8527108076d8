import fs from "node:fs";
import path from "node:path";
import { heapReportFile, type HeapReport } from "../../heap-report";
import { treeRssMiB } from "../app";
import { until } from "./faults";

// The app's heap after a full collection, asked of its Next.js server process (the one that holds
// the heap, below npx, tsx and the launcher) by SIGUSR2 through the opt-in diagnostic of
// scripts/heap-report.ts, which the soak turns on for the apps it starts.

/** Where the apps write their reports; the soak removes it at the end. */
export const HEAP_DIR = path.resolve(".data", "soak-heap");

/** What the soak adds to each app's environment: the report folder, and gc() exposed in every process of the app (only the server answers the signal). */
export function heapReportEnv(snapshots: boolean): Record<string, string> {
  return { APP_HEAP_REPORT: HEAP_DIR, NODE_OPTIONS: [process.env.NODE_OPTIONS, "--expose-gc"].filter(Boolean).join(" "), ...(snapshots ? { APP_HEAP_SNAPSHOT: "1" } : {}) };
}

export type HeapReading = { heapUsed: number; external: number; rss: number; collected: boolean; snapshot: string | null };

const MiB = 1024 * 1024;

/** The heap of the app whose launcher tree starts at `rootPid`, after a full collection; null when it did not answer in time. */
export async function readHeap(rootPid: number, timeoutMs = 60_000): Promise<HeapReading | null> {
  const server = treeRssMiB(rootPid).find((p) => p.cmd.includes("next-server"));
  if (!server) return null;
  const file = heapReportFile(HEAP_DIR, server.pid);
  fs.rmSync(file, { force: true });
  process.kill(server.pid, "SIGUSR2");
  if (!(await until(() => fs.existsSync(file), timeoutMs))) return null;
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as HeapReport;
  return { heapUsed: r.memory.heapUsed / MiB, external: r.memory.external / MiB, rss: r.memory.rss / MiB, collected: r.collected, snapshot: r.snapshot };
}

export function removeHeapReports(): void {
  fs.rmSync(HEAP_DIR, { recursive: true, force: true });
}
