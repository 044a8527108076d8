import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { formatReference } from "@/lib/bookings/reference";
import { getDb } from "@/lib/db/client";
import { createHotel } from "@/lib/demo/builders";
import { BOOKING_REF_PATTERN } from "@/lib/realtime/channels";
import { basePrefix, prefixCandidates, REFERENCE_PREFIX_PATTERN } from "./reference-prefix";

describe("reference prefixes", () => {
  it("derive from the slug: initials, or the first three characters of one word", () => {
    expect(basePrefix("grand-harbour")).toBe("GH");
    expect(basePrefix("alpine-lodge")).toBe("AL");
    expect(basePrefix("seaview")).toBe("SEA");
    expect(basePrefix("a")).toBe("AX");
    expect(basePrefix("the-very-long-named-hotel-by-the-sea")).toBe("TVLNHB");
    // The legacy "BK" is never offered: references BK-YYYY-NNNN already exist.
    expect(prefixCandidates("bay-keys")).not.toContain("BK");
    for (const c of prefixCandidates("w0abc-grand-harbour")) expect(c).toMatch(REFERENCE_PREFIX_PATTERN);
    expect(formatReference("GH", 2026, 7)).toBe("GH-2026-0007");
    expect(formatReference("TVLNHB", 2026, 12345)).toMatch(BOOKING_REF_PATTERN);
  });

  it("stay unique when many hotels share a slug's initials", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await createHotel(getDb(), { slug: `q${tag}${i}-zed-yard`, name: "Same Initials" }));
    const prefixes = made.map((h) => h.referencePrefix);
    expect(new Set(prefixes).size).toBe(12);
    for (const p of prefixes) expect(p).toMatch(REFERENCE_PREFIX_PATTERN);
    expect(prefixes.every((p) => p.startsWith("QZ"))).toBe(true);
  });

  // A fresh PGlite with every migration: slow to start on a busy machine.
  it("are backfilled by the migration: unique, valid, never BK, and existing references are kept", { timeout: 180_000 }, async () => {
    const db = new PGlite();
    const dir = path.join(process.cwd(), "drizzle");
    const run = (file: string) => db.exec(readFileSync(path.join(dir, file), "utf8").replaceAll("--> statement-breakpoint", ""));
    try {
      for (const f of ["0000_init.sql", "0001_hardening_menus_orders.sql", "0002_chat.sql"]) await run(f);
      const slugs = ["the-very-long-named-hotel-by-the-sea", "grand-harbour", "w1-grand-harbour", "w2-grand-harbour", "bay-keys", "seaview", "x"];
      for (const [i, slug] of slugs.entries()) {
        await db.query(`insert into hotels (slug, name, created_at) values ($1, $1, now() + ($2 || ' seconds')::interval)`, [slug, i]);
      }
      await db.exec(`insert into bookings (hotel_id, reference, primary_guest_name, check_in_date, check_out_date)
        select id, 'BK-2026-0001', 'Old', '2026-01-01', '2026-01-02' from hotels where slug = 'grand-harbour'`);
      await run("0003_reference_prefix.sql");
      const { rows } = await db.query<{ slug: string; reference_prefix: string }>("select slug, reference_prefix from hotels order by created_at");
      const bySlug = Object.fromEntries(rows.map((r) => [r.slug, r.reference_prefix]));
      expect(bySlug["grand-harbour"]).toBe("GH");
      expect(bySlug["seaview"]).toBe("SEA");
      expect(bySlug["x"]).toBe("XX");
      expect(bySlug["the-very-long-named-hotel-by-the-sea"]).toBe("TVLNHB");
      expect(new Set(rows.map((r) => r.reference_prefix)).size).toBe(slugs.length);
      for (const r of rows) expect(r.reference_prefix).toMatch(REFERENCE_PREFIX_PATTERN);
      expect(bySlug["bay-keys"]).not.toBe("BK");
      const { rows: refs } = await db.query<{ reference: string }>("select reference from bookings");
      expect(refs).toEqual([{ reference: "BK-2026-0001" }]);
    } finally {
      await db.close();
    }
  });
});
