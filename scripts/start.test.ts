import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
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
