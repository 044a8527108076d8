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
  it("takes free app, realtime and mail ports when E2E_PORT / E2E_PUSHER_PORT / E2E_SMTP_PORT are not given", async () => {
    const release = await Promise.all([3100, 6101].map(hold)); // the old fixed defaults
    try {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.E2E_PORT;
      delete env.E2E_PUSHER_PORT;
      delete env.E2E_SMTP_PORT;
      // webServer lists the SMTP sink and the app; the app's entry is the one given a PORT.
      const script =
        "import('./playwright.config.ts').then(({ default: c }) => { const w = [c.webServer].flat().find((s) => s.env && s.env.PORT); console.log(JSON.stringify({ app: w.env.PORT, realtime: w.env.PUSHER_PORT, smtp: w.env.SMTP_URL, dataDir: w.env.DATA_DIR })) })";
      const { stdout } = await run("npx", ["tsx", "-e", script], { env, encoding: "utf8" });
      const picked = JSON.parse(stdout.trim().split("\n").pop()!) as { app: string; realtime: string; smtp: string; dataDir: string };
      fs.rmSync(picked.dataDir, { recursive: true, force: true });
      const [app, realtime, smtp] = [Number(picked.app), Number(picked.realtime), Number(new URL(picked.smtp).port)];
      expect(new Set([app, realtime, smtp]).size).toBe(3);
      for (const port of [app, realtime, smtp]) expect(await isFree(port)).toBe(true);
      expect(path.basename(picked.dataDir)).toBe(`e2e-${app}`);
    } finally {
      await Promise.all(release.map((r) => r()));
    }
  }, 60_000);
});
