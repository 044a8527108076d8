// Run by `npm test` before `playwright test`: finds a Chromium or installs Playwright's, and
// otherwise says in one line what to run.
import { chromium } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "@/lib/dev/ensure-browser";

const result = ensureBrowser({
  chromiumPath: process.env.CHROMIUM_PATH,
  systemPaths: ["/usr/bin/chromium"],
  bundledPath: () => chromium.executablePath(),
  install: () => spawnSync("npx", ["playwright", "install", "chromium"], { stdio: ["ignore", "ignore", "ignore"], timeout: 600_000 }).status === 0,
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(`e2e browser: ${result.path}`);
