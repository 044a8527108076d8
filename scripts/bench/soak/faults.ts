import { startApp, type BenchApp } from "../app";
import type { LiveClient } from "./live-client";
import type { RealtimeProcess } from "./realtime-process";
import type { Instance, Traffic } from "./traffic";

// The faults of a soak, at fixed fractions of the load: the realtime server killed -9 and started
// again on its port, and app instance A (launcher and Next.js) killed -9 and started again on the
// same port and data. Each records its window, so answers are judged by the phase they fell in.

export type FaultKind = "realtime" | "app";

/**
 * `full`: realtime at 1/3 and 2/3, the app at 1/2. `short`: one of each; pusher-js takes up to ~15 s
 * to reconnect once the server is back (its retry schedule), so the realtime fault comes early and
 * the app fault late, when the clients are back.
 */
export function faultPlan(kind: "full" | "short"): [number, FaultKind][] {
  return kind === "full"
    ? [
        [1 / 3, "realtime"],
        [1 / 2, "app"],
        [2 / 3, "realtime"],
      ]
    : [
        [0.15, "realtime"],
        [0.75, "app"],
      ];
}

const REALTIME_DOWN_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `ready()` or `ms` pass; says whether it became ready. */
export async function until(ready: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(250)) if (await ready()) return true;
  return ready();
}

export type FaultTargets = {
  realtime: RealtimeProcess;
  /** The app processes by instance; a restart replaces apps[0]. */
  apps: BenchApp[];
  instances: Instance[];
  appEnv: Record<string, string>;
  clients: LiveClient[];
  traffic: Traffic;
  log: (msg: string) => void;
  /** Called with the app process about to be killed, and with its successor once it answers. */
  onAppKill: (old: BenchApp) => void;
  onAppStarted: (fresh: BenchApp) => void;
};

async function killRealtime(t: FaultTargets): Promise<void> {
  const w = { from: Date.now(), to: Number.POSITIVE_INFINITY };
  t.traffic.realtimeDown.push(w);
  await t.realtime.kill();
  await sleep(REALTIME_DOWN_MS);
  await t.realtime.start();
  w.to = Date.now();
  t.log(`realtime server killed (-9) and restarted on :${t.realtime.port}; down ${((w.to - w.from) / 1000).toFixed(1)} s`);
  const connects = () => t.clients.reduce((n, c) => n + c.connects, 0);
  const before = connects();
  void until(() => connects() >= before + t.clients.length && t.clients.every((c) => c.live()), 60_000).then((ok) =>
    t.log(ok ? `all ${t.clients.length} clients reconnected and resubscribed ${((Date.now() - w.to) / 1000).toFixed(1)} s after the restart` : "clients did NOT all reconnect within 60 s"),
  );
}

async function killApp(t: FaultTargets): Promise<void> {
  const instance = t.instances[0]!;
  const w = { from: Date.now(), to: Number.POSITIVE_INFINITY };
  instance.down.push(w);
  const old = t.apps[0]!;
  t.onAppKill(old);
  await old.kill();
  const fresh = await startApp(t.appEnv, { port: old.port, dataDir: old.dataDir, fresh: false });
  t.apps[0] = fresh;
  w.to = Date.now();
  t.onAppStarted(fresh);
  t.log(`app ${instance.name} killed (-9, launcher and Next.js) and restarted on the same port and data; down ${((w.to - w.from) / 1000).toFixed(1)} s`);
}

/** Runs the plan against a load that started at `start` and lasts `seconds`. */
export async function runFaults(plan: [number, FaultKind][], start: number, seconds: number, t: FaultTargets): Promise<void> {
  for (const [fraction, kind] of plan) {
    await sleep(Math.max(0, start + fraction * seconds * 1000 - Date.now()));
    // One fault at a time: the next waits until every client is back from the last.
    await until(() => t.clients.every((c) => c.live()), 60_000);
    await (kind === "realtime" ? killRealtime(t) : killApp(t));
  }
}
