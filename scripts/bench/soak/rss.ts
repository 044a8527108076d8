import { treeRssMiB } from "../app";

// The app's memory, read from /proc/<pid>/status VmRSS: the Next.js server process (the one that
// grows) and the whole launcher tree (npx, tsx, the launcher, Next.js).

export type RssReading = { next: number; tree: number };
/** One app process: at its start (idle, or under load for a restart), its peak, and at its end (the soak's end, or its kill). */
export type RssSample = { label: string; instance: number; start: RssReading | null; peak: number; end: RssReading | null };

export function sampleRss(rootPid: number): RssReading | null {
  const procs = treeRssMiB(rootPid);
  if (!procs.length) return null;
  return { next: procs.filter((p) => p.cmd.includes("next-server")).reduce((a, p) => a + p.mib, 0), tree: procs.reduce((a, p) => a + p.mib, 0) };
}

const mib = (r: RssReading | null) => (r ? `${r.next.toFixed(0)} MiB (tree ${r.tree.toFixed(0)})` : "n/a");

export function rssLine(s: RssSample): string {
  const ratio = s.start && s.end && s.start.next > 0 ? ` · end ÷ start ${(s.end.next / s.start.next).toFixed(2)}` : "";
  return `Next.js server start ${mib(s.start)} → peak ${Math.max(s.peak, s.end?.next ?? 0).toFixed(0)} MiB → end ${mib(s.end)}${ratio}`;
}
