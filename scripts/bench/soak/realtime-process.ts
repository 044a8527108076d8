import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// The soak's realtime server: scripts/bench/pusher-server.ts in its own process, so it can be
// killed with SIGKILL (no goodbye frames, sockets just drop) and started again on the same port.

export const SOAK_PUSHER = { appId: "4242", key: "soak-key", secret: "soak-secret" } as const;

export type RealtimeProcess = {
  port: number;
  /** kill -9, then wait until the process is gone. */
  kill: () => Promise<void>;
  /** A new process on the same port. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

function spawnServer(port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/bench/pusher-server.ts"), String(port)], {
    env: { ...process.env, SOAK_PUSHER_APP_ID: SOAK_PUSHER.appId, SOAK_PUSHER_KEY: SOAK_PUSHER.key, SOAK_PUSHER_SECRET: SOAK_PUSHER.secret },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the realtime server did not start in 30 s")), 30_000);
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += String(d);
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the realtime server exited (${code}) before listening`));
    });
  });
}

export async function startRealtime(): Promise<RealtimeProcess> {
  let current = await spawnServer(0);
  const port = current.port;
  const end = async (signal: NodeJS.Signals) => {
    const { child } = current;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await gone;
  };
  return {
    port,
    kill: () => end("SIGKILL"),
    start: async () => {
      current = await spawnServer(port);
    },
    stop: () => end("SIGTERM"),
  };
}
