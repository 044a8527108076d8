import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-start-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Holds a free port until released, as another program would. */
async function occupy(): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  return { port, release: () => new Promise((r) => server.close(() => r())) };
}

async function freePort(): Promise<number> {
  const held = await occupy();
  await held.release();
  return held.port;
}

async function launch(env: Record<string, string>) {
  const base: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...env };
  for (const k of ["DATABASE_URL", "PUSHER_KEY", "EMBEDDED_DB_PORT"]) if (!(k in env)) delete base[k];
  try {
    await run("npx", ["tsx", "scripts/start.ts"], { env: base, encoding: "utf8", timeout: 60_000 });
    return { code: 0, stderr: "" };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

describe("npm start (the launcher) with a port taken", () => {
  const cases = [
    { name: "the app port", variable: "PORT" },
    { name: "the realtime port", variable: "PUSHER_PORT" },
    { name: "the embedded database port", variable: "EMBEDDED_DB_PORT" },
  ];
  for (const { name, variable } of cases) {
    it(`exits non-zero with one line naming ${variable} when ${name} is busy`, async () => {
      const busy = await occupy();
      try {
        const ports: Record<string, string> = { PORT: String(await freePort()), PUSHER_PORT: String(await freePort()), EMBEDDED_DB_PORT: "0" };
        ports[variable] = String(busy.port);
        const { code, stderr } = await launch(ports);
        expect(code).not.toBe(0);
        const lines = stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(String(busy.port));
        expect(lines[0]).toContain(variable);
        expect(stderr).not.toMatch(/\n\s+at /);
      } finally {
        await busy.release();
      }
    }, 90_000);
  }
});

describe("npm start --seed on the embedded database", () => {
  it("publishes the database only once the demo data is in, and only to clients with the password", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-start-seed-"));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, PORT: String(await freePort()), PUSHER_PORT: String(await freePort()), APP_URL: "http://hotel.test" };
    for (const k of ["DATABASE_URL", "PUSHER_KEY", "EMBEDDED_DB_PORT"]) delete env[k];
    const launcher = spawn("npx", ["tsx", "scripts/start.ts", "--seed"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    try {
      // The launcher says where it serves the database right after publishing the port.
      await new Promise<void>((resolve, reject) => {
        launcher.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (/served on 127\.0\.0\.1:\d+/.test(out)) resolve();
        });
        launcher.on("exit", (code) => reject(new Error(`launcher exited (${code}) before serving: ${out}`)));
      });
      expect(out.indexOf("Demo data ready")).toBeGreaterThanOrEqual(0);
      expect(out.indexOf("Demo data ready")).toBeLessThan(out.search(/served on/));
      const { dbPort } = JSON.parse(fs.readFileSync(path.join(dir, "pglite.owner.json"), "utf8")) as { dbPort: number };
      const { dbPassword } = JSON.parse(fs.readFileSync(path.join(dir, "local-secrets.json"), "utf8")) as { dbPassword: string };
      expect(fs.statSync(path.join(dir, "local-secrets.json")).mode & 0o077).toBe(0);
      const anonymous = postgres(`postgres://postgres@127.0.0.1:${dbPort}/postgres`, { max: 1, prepare: false, connect_timeout: 10 });
      await expect(anonymous`select 1`).rejects.toMatchObject({ code: "28P01" });
      await anonymous.end({ timeout: 1 });
      const sql = postgres(`postgres://postgres:${dbPassword}@127.0.0.1:${dbPort}/postgres`, { max: 1, prepare: false, connect_timeout: 10 });
      const [row] = await sql`select count(*)::int as n from bookings`;
      await sql.end({ timeout: 1 });
      expect(row?.n).toBeGreaterThan(0);
    } finally {
      if (launcher.exitCode === null) {
        const exited = new Promise((r) => launcher.once("exit", r));
        process.kill(-launcher.pid!, "SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
