import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadLocalSecrets } from "./local-secrets";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "gs-secrets-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("loadLocalSecrets", () => {
  it("creates an owner-only file with a database password, and returns the same secrets later", () => {
    const dir = path.join(root, "new");
    const first = loadLocalSecrets(dir);
    expect(first.dbPassword.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dir, "local-secrets.json")).mode & 0o777).toBe(0o600);
    expect(loadLocalSecrets(dir)).toEqual(first);
  });

  it("adds a database password to a file written before it existed, keeping the other secrets", () => {
    const dir = path.join(root, "old");
    fs.mkdirSync(dir);
    const old = { authSecret: "a".repeat(43), pusher: { appId: "123456", key: "k", secret: "s" } };
    fs.writeFileSync(path.join(dir, "local-secrets.json"), JSON.stringify(old), { mode: 0o644 });
    const secrets = loadLocalSecrets(dir);
    expect(secrets).toMatchObject(old);
    expect(secrets.dbPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "local-secrets.json"), "utf8")).dbPassword).toBe(secrets.dbPassword);
    expect(fs.statSync(path.join(dir, "local-secrets.json")).mode & 0o777).toBe(0o600);
  });
});
