import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-cli-"));
// Without DATABASE_URL the CLIs open their own embedded database in dataDir; with it, PostgreSQL.
const env = { ...process.env, DATA_DIR: dataDir, APP_URL: "http://hotel.test", PGLITE_DATA_DIR: "" };
delete (env as Record<string, string | undefined>).PGLITE_DATA_DIR;
const prefix = `c${Date.now().toString(36)}`;

function cli(script: string, args: string[]) {
  return run("npx", ["tsx", `scripts/${script}.ts`, ...args], { env, encoding: "utf8" });
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("command-line tools", () => {
  let seed: {
    hotels: { slug: string }[];
    bookings: { reference: string; state: string; hotel_slug: string }[];
    links: { booking: string; url: string; token: string; purpose: string }[];
    staff: { email: string; password: string; role: string }[];
  };

  it("seed --json prints hotels, bookings in every state, links and staff logins", async () => {
    const { stdout } = await cli("seed", ["--json", "--prefix", prefix]);
    seed = JSON.parse(stdout);
    expect(seed.hotels).toHaveLength(2);
    expect(new Set(seed.bookings.map((b) => b.state))).toEqual(new Set(["arriving", "in_house", "departed", "cancelled", "upcoming"]));
    for (const l of seed.links) expect(l.url).toBe(`http://hotel.test/g/${l.token}`);
    expect(seed.staff.map((s) => s.role).sort()).toEqual(["ADMIN", "FRONT_DESK", "FRONT_DESK", "KITCHEN"]);
    if (!process.env.DATABASE_URL) expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(true);
  }, 120_000);

  it("guest-link issues a narrowed link for a booking", async () => {
    const ref = seed.bookings.find((b) => b.state === "in_house")!.reference;
    const { stdout } = await cli("guest-link", [ref, "--purpose", "full_access", "--no-chat", "--days", "2", "--json"]);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ booking: ref, purpose: "FULL_ACCESS", can_chat: false, can_order_services: true, scopes: ["view", "precheckin", "order"] });
    expect(out.url).toBe(`http://hotel.test/g/${out.token}`);
    const days = (Date.parse(out.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(1.9);
    expect(days).toBeLessThan(2.1);
  }, 60_000);

  it("guest-link refuses bad arguments and unknown or cancelled bookings with a non-zero exit", async () => {
    await expect(cli("guest-link", [])).rejects.toMatchObject({ code: 2 });
    await expect(cli("guest-link", ["BK-1", "--purpose", "EVERYTHING"])).rejects.toMatchObject({ code: 2 });
    await expect(cli("guest-link", ["BK-2026-NOPE9999"])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("No booking") });
    const cancelled = seed.bookings.find((b) => b.state === "cancelled")!.reference;
    await expect(cli("guest-link", [cancelled])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("cancelled") });
  }, 60_000);
});
