import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { SeedDocument } from "@/lib/demo/seed";

// The real built app for a benchmark: the launcher on free ports, a fresh data folder (embedded
// database unless DATABASE_URL is set, the local Pusher-protocol server unless PUSHER_* are set)
// and the demo seed, as `npm run demo` starts it. Needs `next build` first.

export async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => net.createServer());
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export type AppOptions = {
  /** Reuse this port (a restart after a kill); default a free one. */
  port?: number;
  /** Reuse this data folder; default `.data/bench-{port}`. */
  dataDir?: string;
  /** Start from an empty embedded database and seed the demo (default). false: a restart on the data as it is. */
  fresh?: boolean;
};

export type BenchApp = {
  url: string;
  port: number;
  /** The demo seed; empty (no hotels) when started with `fresh: false`. */
  seed: SeedDocument;
  pid: number;
  dataDir: string;
  /** SIGTERM, then the data folder is removed. */
  stop: () => Promise<void>;
  /** kill -9 of the whole process group (launcher and Next.js server), data folder kept: a crash. */
  kill: () => Promise<void>;
};

export async function startApp(extraEnv: Record<string, string> = {}, opts: AppOptions = {}): Promise<BenchApp> {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("Run `npm run build` first: benchmarks measure the built app.");
  const fresh = opts.fresh ?? true;
  const [freePort, pusherPort] = await freePorts(2);
  const port = opts.port ?? freePort!;
  const dataDir = opts.dataDir ?? path.resolve(".data", `bench-${port}`);
  const seedJson = path.join(dataDir, "seed.json");
  fs.mkdirSync(dataDir, { recursive: true });
  const url = `http://localhost:${port}`;
  const args = fresh ? ["--fresh", "--seed", "--seed-json", seedJson] : [];
  // An external Pusher server named in extraEnv keeps its port; otherwise the launcher's own local one gets a free port.
  const child = spawn("npx", ["tsx", "scripts/start.ts", ...args], {
    env: { ...process.env, PUSHER_PORT: String(pusherPort), ...extraEnv, PORT: String(port), DATA_DIR: dataDir, APP_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise((r) => child.once("exit", r));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
    if (Date.now() > deadline) {
      process.kill(-child.pid!, "SIGKILL"); // not left running behind the error
      throw new Error("the app did not start in 120 s");
    }
    const ok = await fetch(`${url}/`, { redirect: "manual" }).then((r) => r.status < 500, () => false);
    if (ok && (!fresh || fs.existsSync(seedJson))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seed: SeedDocument = fresh ? (JSON.parse(fs.readFileSync(seedJson, "utf8")) as SeedDocument) : { app_url: url, hotels: [], bookings: [], links: [], staff: [] };
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, sig);
    } catch {
      return; // the group is already gone
    }
    await exited;
  };
  const stop = async () => {
    await signal("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    await signal("SIGKILL");
    // The group's other members (the Next.js server) die with it, but not in the same instant.
    for (const end = Date.now() + 10_000; treePids(child.pid!).length > 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
  };
  return { url, port, seed, pid: child.pid!, dataDir, stop, kill };
}

type ProcStat = { pid: number; ppid: number; pgrp: number; cpu: number };

function procStats(): ProcStat[] {
  return fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const raw = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      return [{ pid: Number(pid), ppid: Number(f[1]), pgrp: Number(f[2]), cpu: Number(f[11]) + Number(f[12]) }];
    } catch {
      return [];
    }
  });
}

/** The pids of a process and all its descendants, plus what is left of its process group (Linux /proc). */
export function treePids(rootPid: number): number[] {
  const stats = procStats();
  const inTree = new Set(stats.filter((s) => s.pid === rootPid || s.pgrp === rootPid).map((s) => s.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!inTree.has(s.pid) && inTree.has(s.ppid)) grew = inTree.add(s.pid) !== null;
  }
  return [...inTree];
}

/** CPU time (ms) used so far by a process and all its descendants (Linux /proc). */
export function treeCpuMs(rootPid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const pids = new Set(treePids(rootPid));
  return (procStats().filter((s) => pids.has(s.pid)).reduce((a, s) => a + s.cpu, 0) * 1000) / ticks;
}

/** Resident memory (MiB) of each process in the tree, by its command line, from /proc/<pid>/status VmRSS. */
export function treeRssMiB(rootPid: number): { pid: number; cmd: string; mib: number }[] {
  return treePids(rootPid).flatMap((pid) => {
    try {
      const kib = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      return [{ pid, cmd, mib: kib / 1024 }];
    } catch {
      return [];
    }
  });
}
