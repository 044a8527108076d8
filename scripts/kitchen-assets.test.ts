import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// The kitchen screen's files in public/kds are the project's own: the script draws them, and what
// is committed is exactly what it draws. The manifest points only at files that are there.

const run = promisify(execFile);
const shipped = path.resolve("public", "kds");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "kds-assets-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("kitchen assets", () => {
  it("regenerate byte for byte from scripts/kitchen-assets.ts", async () => {
    await run("npx", ["tsx", "scripts/kitchen-assets.ts", out], { encoding: "utf8" });
    const made = fs.readdirSync(out).sort();
    expect(made).toEqual(["alert.wav", "icon-192.png", "icon-512.png", "icon.svg"]);
    for (const name of made) expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(shipped, name))), name).toBe(true);
    // Nothing else ships beside them but the manifest.
    expect(fs.readdirSync(shipped).sort()).toEqual([...made, "manifest.webmanifest"].sort());
  }, 60_000);

  it("has a manifest that opens the kitchen full-screen, with icons that exist", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(shipped, "manifest.webmanifest"), "utf8")) as { start_url: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ start_url: "/kitchen", display: "fullscreen" });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) expect(fs.existsSync(path.join("public", icon.src)), icon.src).toBe(true);
  });
});
