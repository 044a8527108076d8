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
  // tsx's own binary, not through npx: npx's lookup costs a second per call.
  return run(path.resolve("node_modules/.bin/tsx"), [`scripts/${script}.ts`, ...args], { env, encoding: "utf8" });
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("command-line tools", () => {
  let seed: {
    hotels: { slug: string }[];
    bookings: { reference: string; state: string; hotel_slug: string; guest_name: string; language: string | null }[];
    links: { booking: string; url: string; token: string; purpose: string }[];
    staff: { email: string; password: string; role: string }[];
  };

  it("seed --json prints hotels, bookings in every state, links and staff logins", async () => {
    const { stdout } = await cli("seed", ["--json", "--prefix", prefix]);
    seed = JSON.parse(stdout);
    expect(seed.hotels).toHaveLength(2);
    expect(new Set(seed.bookings.map((b) => b.state))).toEqual(new Set(["arriving", "in_house", "departed", "cancelled", "upcoming"]));
    for (const l of seed.links) expect(l.url).toBe(`http://hotel.test/g/${l.token}`);
    expect(seed.staff.map((s) => s.role).sort()).toEqual(["ADMIN", "FRONT_DESK", "FRONT_DESK", "HOUSEKEEPING", "KITCHEN", "MANAGER"]);
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

  it("the demo seed gives some bookings a language and keeps the first of each state English or not known", () => {
    const [harbour, alpine] = seed.hotels.map((h) => h.slug);
    const byName = (slug: string | undefined) => seed.bookings.filter((b) => b.hotel_slug === slug).map((b) => [b.guest_name, b.state, b.language]);
    expect(byName(harbour)).toEqual([
      ["Ana Ribeiro", "arriving", null],
      ["James Carter", "in_house", null],
      ["Sofia Marques", "departed", null],
      ["Liam O'Brien", "cancelled", "en"],
      ["Mei Tanaka", "upcoming", null],
      ["Noah Fischer", "in_house", "de"],
      ["Inês Carvalho", "upcoming", "pt"],
      ["Amira Haddad", "upcoming", "ar"],
      ["Camille Laurent", "upcoming", "fr"],
    ]);
    expect(byName(alpine)).toEqual([
      ["Lukas Meier", "in_house", null],
      ["Clara Weber", "arriving", null],
      ["Lucía Fernández", "upcoming", "es"],
    ]);
  });

  it("create-booking takes a language as the console's form does; refuses one not ours (exit 2, nothing written) and an unknown hotel (exit 1)", async () => {
    const slug = seed.hotels[0]!.slug;
    const ours = seed.bookings.filter((b) => b.hotel_slug === slug).length;
    const { stdout } = await cli("create-booking", ["--hotel", slug, "--name", "Hélène Dupont", "--check-in", "2099-05-01", "--check-out", "2099-05-04", "--language", "FR", "--email", "helene@example.com", "--json"]);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ hotel_slug: slug, guest_name: "Hélène Dupont", check_in: "2099-05-01", check_out: "2099-05-04", language: "fr", created: true });
    expect(Number(out.booking.slice(-4))).toBe(ours + 1);
    await expect(cli("create-booking", ["--hotel", slug, "--name", "Kim Bad", "--check-in", "2099-05-01", "--check-out", "2099-05-02", "--language", "klingon"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("language:"),
    });
    await expect(cli("create-booking", ["--hotel", "no-such-hotel", "--name", "Kim Bad", "--check-out", "2099-05-02"])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("No hotel") });
    // Nothing was written for the refused ones: the next booking takes the next number.
    const { stdout: text } = await cli("create-booking", ["--hotel", slug, "--name", "Sam Unknown", "--check-in", "2099-05-01", "--check-out", "2099-05-02"]);
    expect(text).toMatch(new RegExp(`^Created \\S+-${String(ours + 2).padStart(4, "0")} for Sam Unknown \\(.+\\), 2099-05-01 → 2099-05-02, language not known$`, "m"));
  }, 120_000);
});
