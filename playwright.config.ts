import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

// Playwright cannot download browsers here: use Debian's chromium when present.
const systemChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(systemChromium) ? systemChromium : undefined);

const port = Number(process.env.E2E_PORT ?? 3100);
const pusherPort = Number(process.env.E2E_PUSHER_PORT ?? 6101);
export const e2eDataDir = path.resolve(".data", `e2e-${port}`);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The real built app on a fresh embedded database (or DATABASE_URL when set), via the launcher.
    command: "npx tsx scripts/start.ts --fresh",
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PUSHER_PORT: String(pusherPort),
      DATA_DIR: e2eDataDir,
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      CRON_SECRET: "e2e-cron-secret-0123456789",
    },
  },
});
