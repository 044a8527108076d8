// Starts the whole app on the embedded defaults (or on configured services):
//   - PostgreSQL from DATABASE_URL, or PGlite in DATA_DIR owned by this process and served to
//     Next.js and the CLIs over a local socket;
//   - Pusher Channels from PUSHER_* env, or the local Pusher-protocol server;
//   - migrations, optional demo seed (--seed), then `next start` (or `next dev` with --dev).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { closeDb, dbHandle } from "@/lib/db/client";
import { acquireOwnership, publishPort, releaseOwnership } from "@/lib/db/embedded-owner";
import { serveEmbeddedDb } from "@/lib/db/embedded-server";
import { migrateDb } from "@/lib/db/migrate";
import { formatSeed, seedDemo } from "@/lib/demo/seed";
import { recordAppUrl } from "@/lib/dev/app-url";
import { loadLocalSecrets } from "@/lib/dev/local-secrets";
import { env } from "@/lib/env";
import { startLocalPusherServer } from "@/lib/realtime/local-server/server";
import { flushTokenAudit } from "@/lib/tokens/validate";

const { values } = parseArgs({ options: { seed: { type: "boolean" }, dev: { type: "boolean" }, fresh: { type: "boolean" }, "seed-json": { type: "string" } } });
const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const dataDir = env().DATA_DIR;
if (values.fresh) {
  // Test runs start from an empty embedded database; never allowed on the default data folder.
  if (path.resolve(dataDir) === path.resolve(".data")) throw new Error("--fresh needs a DATA_DIR other than .data");
  fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
  fs.rmSync(path.join(dataDir, "app.log"), { force: true });
}
const secrets = loadLocalSecrets(dataDir);
recordAppUrl(dataDir, appUrl);
const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), APP_URL: appUrl };
const cleanups: (() => Promise<void> | void)[] = [];

if (!process.env.AUTH_SECRET) {
  if (process.env.NODE_ENV === "production" && !process.env.ALLOW_LOCAL_SECRETS) {
    console.error("AUTH_SECRET must be set in production.");
    process.exit(1);
  }
  childEnv.AUTH_SECRET = secrets.authSecret;
}

if (env().DATABASE_URL) {
  await migrateDb();
} else {
  acquireOwnership();
  const handle = dbHandle();
  await migrateDb();
  if (!handle.pglite) throw new Error("expected PGlite");
  const server = await serveEmbeddedDb(handle.pglite, { port: Number(process.env.EMBEDDED_DB_PORT ?? 0) });
  publishPort(server.port);
  childEnv.DATABASE_URL = `postgres://postgres@127.0.0.1:${server.port}/postgres`;
  childEnv.DB_EMBEDDED_SOCKET = "1";
  cleanups.push(() => server.close(), () => releaseOwnership());
  console.log(`Embedded database (PGlite) in ${dataDir}/pglite, served on 127.0.0.1:${server.port}`);
}
cleanups.push(() => closeDb());

if (!process.env.PUSHER_KEY) {
  const pusherPort = Number(process.env.PUSHER_PORT ?? 6001);
  const local = await startLocalPusherServer({ host: "0.0.0.0", port: pusherPort, ...secrets.pusher });
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

if (values.seed) {
  const doc = await seedDemo({ appUrl });
  await flushTokenAudit();
  if (values["seed-json"]) {
    fs.writeFileSync(values["seed-json"], JSON.stringify(doc, null, 2));
  }
  console.log(`\n${formatSeed(doc)}\n`);
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, values.dev ? "dev" : "start", "-p", String(port)], { env: childEnv, stdio: ["inherit", "pipe", "pipe"] });
// The server's output also goes to DATA_DIR/app.log (the e2e suite checks it never holds a token).
const appLog = fs.createWriteStream(path.join(dataDir, "app.log"), { flags: "a" });
child.stdout.on("data", (d: Buffer) => (process.stdout.write(d), appLog.write(d)));
child.stderr.on("data", (d: Buffer) => (process.stderr.write(d), appLog.write(d)));

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) child.kill("SIGTERM");
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => {});
  process.exit(code);
}
child.on("exit", (code) => void stop(code ?? 0));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
