// Starts the whole app on the embedded defaults (or on configured services):
//   - PostgreSQL from DATABASE_URL, or PGlite in DATA_DIR owned by this process and served to
//     Next.js and the CLIs over a password-protected loopback socket;
//   - Pusher Channels from PUSHER_* env, or the local Pusher-protocol server;
//   - migrations, optional demo seed (--seed), then Next.js through scripts/next-server.ts
//     (production, or dev mode with --dev).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, dbHandle } from "@/lib/db/client";
import { acquireOwnership, embeddedDbUrl, publishPort, releaseOwnership } from "@/lib/db/embedded-owner";
import { serveEmbeddedDb } from "@/lib/db/embedded-server";
import { migrateDb } from "@/lib/db/migrate";
import { formatSeed, seedDemo } from "@/lib/demo/seed";
import { recordAppUrl } from "@/lib/dev/app-url";
import { loadLocalSecrets } from "@/lib/dev/local-secrets";
import { StartupError, ensurePortFree, listening } from "@/lib/dev/port-check";
import { env } from "@/lib/env";
import { startLocalPusherServer } from "@/lib/realtime/local-server/server";
import { flushTokenAudit } from "@/lib/tokens/validate";

const { values } = parseArgs({ options: { seed: { type: "boolean" }, dev: { type: "boolean" }, fresh: { type: "boolean" }, "seed-json": { type: "string" } } });
const cleanups: (() => Promise<void> | void)[] = [];
let child: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) child.kill("SIGTERM");
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => {});
  process.exit(code);
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const pusherPort = Number(process.env.PUSHER_PORT ?? 6001);
  const localPusher = !process.env.PUSHER_KEY;
  const embedded = !env().DATABASE_URL;
  // Busy ports are found before any slow work, and named with the variable that moves them.
  await ensurePortFree(port, "app", "PORT");
  if (localPusher) await ensurePortFree(pusherPort, "realtime", "PUSHER_PORT");
  if (embedded) await ensurePortFree(env().EMBEDDED_DB_PORT, "embedded database", "EMBEDDED_DB_PORT");

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const dataDir = env().DATA_DIR;
  if (values.fresh) {
    // Test runs start from an empty embedded database; never allowed on the default data folder.
    if (path.resolve(dataDir) === path.resolve(".data")) throw new StartupError("--fresh needs a DATA_DIR other than .data");
    fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
    fs.rmSync(path.join(dataDir, "app.log"), { force: true });
  }
  const secrets = loadLocalSecrets(dataDir);
  recordAppUrl(dataDir, appUrl);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), APP_URL: appUrl };

  if (!process.env.AUTH_SECRET) {
    if (process.env.NODE_ENV === "production" && !process.env.ALLOW_LOCAL_SECRETS) throw new StartupError("AUTH_SECRET must be set in production.");
    childEnv.AUTH_SECRET = secrets.authSecret;
  }

  if (embedded) {
    try {
      acquireOwnership();
    } catch (e) {
      throw new StartupError((e as Error).message);
    }
    cleanups.push(() => releaseOwnership());
  }
  cleanups.push(() => closeDb());
  await migrateDb();

  // Seeded before the embedded database is published, so no other client sees it half-written.
  if (values.seed) {
    const doc = await seedDemo({ appUrl });
    await flushTokenAudit();
    if (values["seed-json"]) fs.writeFileSync(values["seed-json"], JSON.stringify(doc, null, 2));
    console.log(`\n${formatSeed(doc)}\n`);
  }

  if (embedded) {
    const pglite = dbHandle().pglite;
    if (!pglite) throw new Error("expected PGlite");
    const server = await listening(
      () =>
        serveEmbeddedDb(pglite, {
          port: env().EMBEDDED_DB_PORT,
          password: secrets.dbPassword,
          lockTimeoutMs: env().EMBEDDED_DB_LOCK_TIMEOUT_MS,
          idleTimeoutMs: env().EMBEDDED_DB_IDLE_TIMEOUT_MS,
          onFatal: (e) => {
            console.error(`The embedded database failed (${e instanceof Error ? e.message : String(e)}); stopping the app.`);
            void stop(1);
          },
        }),
      env().EMBEDDED_DB_PORT,
      "embedded database",
      "EMBEDDED_DB_PORT",
    );
    cleanups.push(() => server.close());
    publishPort(server.port);
    childEnv.DATABASE_URL = embeddedDbUrl(server.port, dataDir);
    childEnv.DB_EMBEDDED_SOCKET = "1";
    console.log(`Embedded database (PGlite) in ${dataDir}/pglite, served on 127.0.0.1:${server.port} (password in ${dataDir}/local-secrets.json)`);
  }

  if (localPusher) {
    const local = await listening(() => startLocalPusherServer({ host: "0.0.0.0", port: pusherPort, ...secrets.pusher, trustProxy: env().TRUST_PROXY === "true" }), pusherPort, "realtime", "PUSHER_PORT");
    Object.assign(childEnv, {
      PUSHER_APP_ID: secrets.pusher.appId,
      PUSHER_KEY: secrets.pusher.key,
      PUSHER_SECRET: secrets.pusher.secret,
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: String(local.port),
      PUSHER_USE_TLS: "false",
      PUSHER_CLUSTER: "local",
      PUSHER_CLIENT_PORT: process.env.PUSHER_CLIENT_PORT ?? String(local.port),
    });
    cleanups.push(() => local.close());
    console.log(`Local Pusher-protocol server on port ${local.port}`);
  }

  // Next.js runs behind scripts/next-server.ts, which pins X-Forwarded-For to the real client address.
  // A heap cap: V8 collects before the process grows past its budget (docs/operations.md).
  const serverArgs = [`--max-old-space-size=${env().APP_MAX_HEAP_MIB}`, "--import", "tsx", path.resolve("scripts/next-server.ts"), ...(values.dev ? ["--dev"] : [])];
  const next = spawn(process.execPath, serverArgs, { env: { ...childEnv, NODE_ENV: values.dev ? "development" : "production" }, stdio: ["inherit", "pipe", "pipe"] });
  child = next;
  // The server's output also goes to DATA_DIR/app.log (the e2e suite checks it never holds a token).
  const appLog = fs.createWriteStream(path.join(dataDir, "app.log"), { flags: "a" });
  next.stdout.on("data", (d: Buffer) => (process.stdout.write(d), appLog.write(d)));
  next.stderr.on("data", (d: Buffer) => (process.stderr.write(d), appLog.write(d)));
  next.on("exit", (code) => void stop(code ?? 0));
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
// Whatever breaks in this process (the database owner) stops the app loudly rather than leaving it hanging.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (e) => {
    console.error("The launcher failed; stopping the app:", e);
    void stop(1);
  });
}
try {
  await main();
} catch (e) {
  // Configuration problems get one line; anything else keeps its stack for debugging.
  console.error(e instanceof StartupError ? e.message : e);
  await stop(1);
}
