// Timers live on globalThis, like the other process-wide singletons, so a second start in the same
// process (a re-evaluated module) finds the first one and does not run the sweep twice.
const timers = globalThis as unknown as Record<string, ReturnType<typeof setInterval> | undefined>;

/**
 * Runs `sweep` every `everyMs` on a long-running server, once per process however often it is
 * started (`key` names its timer). A failed sweep is logged as "<what> failed" and the next runs
 * anyway; the timer does not keep the process alive.
 */
export function startSweeper(opts: { key: string; what: string; everyMs: number; sweep: () => Promise<unknown> }): void {
  if (timers[opts.key]) return;
  const timer = setInterval(() => {
    opts.sweep().catch((e) => console.error(`${opts.what} failed`, e instanceof Error ? e.message : e));
  }, opts.everyMs);
  timer.unref?.();
  timers[opts.key] = timer;
}
