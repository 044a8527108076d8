import fs from "node:fs";
import path from "node:path";
import { loadLocalSecrets } from "@/lib/dev/local-secrets";
import { env, overrideEnv } from "@/lib/env";

// A PGlite data folder has no lock of its own: two processes opening it silently lose writes.
// The owner takes this lock file; others reach the database through the owner's socket.

type OwnerInfo = { pid: number; dbPort: number | null; startedAt: string };

const lockFile = () => path.join(env().DATA_DIR, "pglite.owner.json");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readOwner(): OwnerInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockFile(), "utf8")) as OwnerInfo;
    return alive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/** Takes the data folder for this process; throws if a live process holds it. */
export function acquireOwnership(): void {
  fs.mkdirSync(env().DATA_DIR, { recursive: true, mode: 0o700 });
  // The raw database files and the secrets live here: other local users get no way in.
  fs.chmodSync(env().DATA_DIR, 0o700);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile(), JSON.stringify({ pid: process.pid, dbPort: null, startedAt: new Date().toISOString() }), { flag: "wx" });
      const release = () => releaseOwnership();
      process.once("exit", release);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (readOwner()) throw new Error(`The embedded database in ${env().DATA_DIR} is in use by another process`);
      fs.rmSync(lockFile(), { force: true }); // stale: its owner is gone
    }
  }
  throw new Error("Could not take the embedded database lock");
}

export function publishPort(dbPort: number): void {
  fs.writeFileSync(lockFile(), JSON.stringify({ pid: process.pid, dbPort, startedAt: new Date().toISOString() }));
}

export function releaseOwnership(): void {
  try {
    const info = JSON.parse(fs.readFileSync(lockFile(), "utf8")) as OwnerInfo;
    if (info.pid === process.pid) fs.rmSync(lockFile(), { force: true });
  } catch {
    // already gone
  }
}

/** The owner's socket, with the password every client must give (kept in DATA_DIR/local-secrets.json). */
export function embeddedDbUrl(dbPort: number, dataDir = env().DATA_DIR): string {
  return `postgres://postgres:${encodeURIComponent(loadLocalSecrets(dataDir).dbPassword)}@127.0.0.1:${dbPort}/postgres`;
}

/**
 * For CLIs: use DATABASE_URL if set; else the running app's embedded database through its socket;
 * else open the data folder directly (taking the lock). Returns which path was taken.
 */
export async function connectCli(): Promise<"postgres" | "app-socket" | "direct"> {
  if (env().DATABASE_URL) return "postgres";
  for (let i = 0; i < 50; i++) {
    const owner = readOwner();
    if (owner?.dbPort) {
      overrideEnv({ DATABASE_URL: embeddedDbUrl(owner.dbPort), DB_EMBEDDED_SOCKET: "1" });
      return "app-socket";
    }
    if (!owner) break;
    await new Promise((r) => setTimeout(r, 200)); // owner is starting; its port comes shortly
  }
  acquireOwnership();
  const { migrateDb } = await import("./migrate");
  await migrateDb();
  return "direct";
}
