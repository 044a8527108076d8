import fs from "node:fs";

// The e2e suite needs a Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (what
// playwright.config.ts uses), else Playwright's own build, installed on demand.

export type BrowserDeps = {
  /** The CHROMIUM_PATH variable. */
  chromiumPath: string | undefined;
  systemPaths: string[];
  /** Where Playwright keeps its own Chromium (it may not be there yet). */
  bundledPath: () => string;
  /** Runs `playwright install chromium`; true when it succeeded. */
  install: () => boolean;
  exists?: (p: string) => boolean;
};

export type BrowserResult = { ok: true; path: string; source: "CHROMIUM_PATH" | "system" | "playwright" } | { ok: false; message: string };

export const INSTALL_HINT = "No browser for the e2e tests: run `npx playwright install chromium` (or `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary).";

export function ensureBrowser(deps: BrowserDeps): BrowserResult {
  const exists = deps.exists ?? fs.existsSync;
  const configured = deps.chromiumPath;
  if (configured) {
    return exists(configured) ? { ok: true, path: configured, source: "CHROMIUM_PATH" } : { ok: false, message: `CHROMIUM_PATH=${configured} does not exist: point it at a Chromium binary or unset it.` };
  }
  const system = deps.systemPaths.find((p) => exists(p));
  if (system) return { ok: true, path: system, source: "system" };
  if (exists(deps.bundledPath())) return { ok: true, path: deps.bundledPath(), source: "playwright" };
  if (deps.install() && exists(deps.bundledPath())) return { ok: true, path: deps.bundledPath(), source: "playwright" };
  return { ok: false, message: INSTALL_HINT };
}
