import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Playwright cannot download browsers here: use Debian's chromium when present.
const systemChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(systemChromium) ? systemChromium : undefined);

/** Free ports, held together while picked so the two differ. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => net.createServer());
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.listen(0, r))));
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** Data folders of earlier runs on picked ports whose app is gone (their names vary with the port). */
function pruneAutoDataDirs() {
  const root = path.resolve(".data");
  for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const dir = path.join(root, name);
    if (!name.startsWith("e2e-") || !fs.existsSync(path.join(dir, "picked-ports"))) continue;
    try {
      const { pid } = JSON.parse(fs.readFileSync(path.join(dir, "pglite.owner.json"), "utf8")) as { pid: number };
      process.kill(pid, 0);
      continue; // still running
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

// Without E2E_PORT / E2E_PUSHER_PORT the run takes free ports. This file is evaluated by the main
// process and again by each worker: the main process picks and the workers inherit process.env.
let picked = false;
if (!process.env.E2E_PORT || !process.env.E2E_PUSHER_PORT || !process.env.E2E_SMTP_PORT) {
  const [appPort, realtimePort, smtpPort] = await freePorts(3);
  process.env.E2E_PORT ??= String(appPort);
  process.env.E2E_PUSHER_PORT ??= String(realtimePort);
  process.env.E2E_SMTP_PORT ??= String(smtpPort);
  picked = true;
}
process.env.E2E_TOKEN_FAILURE_LIMIT ??= "1000";
// Per-booking guest write limits: each worker's stay is shared by many specs over a run, so the
// suite's budget is wider than production's; e2e/guest-limits.spec.ts floods a fresh stay to these.
process.env.E2E_GUEST_ORDER_RATE_LIMIT ??= "90";
process.env.E2E_GUEST_OPEN_ORDER_LIMIT ??= "40";
process.env.E2E_GUEST_PRECHECKIN_RATE_LIMIT ??= "40";
process.env.E2E_GUEST_BREAKFAST_WRITE_RATE_LIMIT ??= "60";
process.env.E2E_GUEST_REQUEST_RATE_LIMIT ??= "60";
process.env.E2E_GUEST_OPEN_REQUEST_LIMIT ??= "30";
process.env.E2E_REQUEST_EMAIL_AFTER_MINUTES ??= "5";
const port = Number(process.env.E2E_PORT);
const pusherPort = Number(process.env.E2E_PUSHER_PORT);
const smtpPort = Number(process.env.E2E_SMTP_PORT);
export const e2eDataDir = path.resolve(".data", `e2e-${port}`);
if (picked) {
  pruneAutoDataDirs();
  fs.mkdirSync(e2eDataDir, { recursive: true });
  fs.writeFileSync(path.join(e2eDataDir, "picked-ports"), "");
}
const baseURL = `http://localhost:${port}`;

// Specs that only send requests (no page, context or browser) get a budget that fits them; browser
// flows with several contexts share two cores with the app and Chromium and keep a wide one.
const requestOnly = fs
  .readdirSync("e2e")
  .filter((f) => f.endsWith(".spec.ts") && !/\b(page|browser|context)\b/.test(fs.readFileSync(path.join("e2e", f), "utf8")));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // Budgets, not measurements: browser flows with several contexts share two cores with the app
  // and Chromium, and a slow moment must not fail a correct flow. Timings live in `npm run bench`.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL,
    // A failed test keeps its trace (actions, DOM snapshots, network) but no screencast: encoding
    // frames for every test cost CPU the two cores share with the app and Chromium.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true },
    launchOptions: {
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "api", testMatch: requestOnly, timeout: 30_000, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", testIgnore: requestOnly, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      // Mail goes over real SMTP to a local sink that files each message for specs (e2e/mail.ts).
      command: "npx tsx e2e/smtp-sink.ts",
      port: smtpPort,
      reuseExistingServer: false,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_DIR: path.join(e2eDataDir, "mail") },
    },
    {
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
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // Every spec shares 127.0.0.1: room for the suite's deliberate bad tokens (edges-tokens.spec uses its own address).
        TOKEN_FAILURE_LIMIT: process.env.E2E_TOKEN_FAILURE_LIMIT,
        GUEST_ORDER_RATE_LIMIT: process.env.E2E_GUEST_ORDER_RATE_LIMIT,
        GUEST_OPEN_ORDER_LIMIT: process.env.E2E_GUEST_OPEN_ORDER_LIMIT,
        GUEST_PRECHECKIN_RATE_LIMIT: process.env.E2E_GUEST_PRECHECKIN_RATE_LIMIT,
        GUEST_BREAKFAST_WRITE_RATE_LIMIT: process.env.E2E_GUEST_BREAKFAST_WRITE_RATE_LIMIT,
        GUEST_REQUEST_RATE_LIMIT: process.env.E2E_GUEST_REQUEST_RATE_LIMIT,
        GUEST_OPEN_REQUEST_LIMIT: process.env.E2E_GUEST_OPEN_REQUEST_LIMIT,
        REQUEST_EMAIL_AFTER_MINUTES: process.env.E2E_REQUEST_EMAIL_AFTER_MINUTES,
      },
    },
  ],
});
