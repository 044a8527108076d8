import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Keeps a port busy for the test; a port some other program already holds is just as busy. */
async function hold(port: number): Promise<() => Promise<void>> {
  const server = net.createServer();
  const ok = await new Promise<boolean>((r) => {
    server.once("error", () => r(false));
    server.listen(port, () => r(true));
  });
  return ok ? () => new Promise((r) => server.close(() => r())) : async () => {};
}

const isFree = (port: number) =>
  new Promise<boolean>((r) => {
    const s = net.createServer();
    s.once("error", () => r(false));
    s.listen(port, () => s.close(() => r(true)));
  });

describe("playwright.config.ts", () => {
  it("takes free app and realtime ports when E2E_PORT / E2E_PUSHER_PORT are not given", async () => {
    const release = await Promise.all([3100, 6101].map(hold)); // the old fixed defaults
    try {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.E2E_PORT;
      delete env.E2E_PUSHER_PORT;
      const script = "import('./playwright.config.ts').then(({ default: c }) => console.log(JSON.stringify({ app: c.webServer.env.PORT, realtime: c.webServer.env.PUSHER_PORT, dataDir: c.webServer.env.DATA_DIR })))";
      const { stdout } = await run("npx", ["tsx", "-e", script], { env, encoding: "utf8" });
      const picked = JSON.parse(stdout.trim().split("\n").pop()!) as { app: string; realtime: string; dataDir: string };
      fs.rmSync(picked.dataDir, { recursive: true, force: true });
      const [app, realtime] = [Number(picked.app), Number(picked.realtime)];
      expect(app).not.toBe(realtime);
      expect(await isFree(app)).toBe(true);
      expect(await isFree(realtime)).toBe(true);
      expect(path.basename(picked.dataDir)).toBe(`e2e-${app}`);
    } finally {
      await Promise.all(release.map((r) => r()));
    }
  }, 60_000);
});
