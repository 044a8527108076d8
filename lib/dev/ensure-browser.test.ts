import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ensureBrowser, INSTALL_HINT, type BrowserDeps } from "./ensure-browser";

const run = promisify(execFile);

// A machine described by which files exist and whether Playwright's download works.
function machine(files: string[], installWorks: boolean) {
  const present = new Set(files);
  let installs = 0;
  const deps: BrowserDeps = {
    chromiumPath: undefined,
    systemPaths: ["/usr/bin/chromium"],
    bundledPath: () => "/home/u/.cache/ms-playwright/chromium/chrome",
    install: () => {
      installs++;
      if (installWorks) present.add("/home/u/.cache/ms-playwright/chromium/chrome");
      return installWorks;
    },
    exists: (p) => present.has(p),
  };
  return { deps, installs: () => installs };
}

describe("ensureBrowser", () => {
  it("uses Debian's chromium without installing anything", () => {
    const m = machine(["/usr/bin/chromium"], false);
    expect(ensureBrowser(m.deps)).toMatchObject({ ok: true, path: "/usr/bin/chromium" });
    expect(m.installs()).toBe(0);
  });

  it("installs Playwright's chromium when the machine has no browser", () => {
    const m = machine([], true);
    expect(ensureBrowser(m.deps)).toMatchObject({ ok: true, source: "playwright" });
    expect(m.installs()).toBe(1);
  });

  it("says in one line what to run when the install fails", () => {
    const result = ensureBrowser(machine([], false).deps);
    expect(result).toEqual({ ok: false, message: INSTALL_HINT });
    expect(INSTALL_HINT).not.toContain("\n");
    expect(INSTALL_HINT).toContain("npx playwright install chromium");
  });
});

describe("scripts/ensure-browser.ts", () => {
  it("exits non-zero with one line when CHROMIUM_PATH points nowhere", async () => {
    const env = { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" };
    const failed = await run("npx", ["tsx", "scripts/ensure-browser.ts"], { env, encoding: "utf8" }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim().split("\n")).toEqual(["CHROMIUM_PATH=/nonexistent/chromium does not exist: point it at a Chromium binary or unset it."]);
  }, 60_000);

  it("accepts the browser CHROMIUM_PATH names", async () => {
    const env = { ...process.env, CHROMIUM_PATH: process.execPath };
    const { stdout } = await run("npx", ["tsx", "scripts/ensure-browser.ts"], { env, encoding: "utf8" });
    expect(stdout).toContain(process.execPath);
  }, 60_000);
});
