import { loadavg } from "node:os";

// Figures only: the benchmarks print, they never pass or fail on a timing.

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
export const median = (xs: number[]) => pct(xs, 50);
export const ms = (n: number) => `${n.toFixed(2)} ms`;
export const fmt = (xs: number[]) => `p50 ${ms(pct(xs, 50))} · p95 ${ms(pct(xs, 95))} · p99 ${ms(pct(xs, 99))} · max ${ms(Math.max(...xs))} (n=${xs.length})`;
export const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;

/** How many rounds and repetitions: BENCH_SHORT=1 (CI) keeps them small, so the script keeps working without costing minutes. */
export const short = process.env.BENCH_SHORT === "1";

/** One printed row of a side-by-side round: the side, the floor it is compared with, their ratio. */
export function roundRow(label: string, round: number, side: number, floor: number, unit = "ms") {
  console.log(`${label} round ${round}: side ${side.toFixed(2)} ${unit} · floor ${floor.toFixed(2)} ${unit} · ratio ${(side / floor).toFixed(2)} · ${load()}`);
}

export async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
