import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, guestBookingTokens, tokenEvents } from "@/lib/db/schema";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { hashToken } from "./crypto";
import { transaction } from "@/lib/db/transaction";
import { revokeAllTokensInTx, revokeToken } from "./revoke";
import { tokenScopes } from "./scopes";
import { flushTokenAudit, validateToken } from "./validate";

describe("guest tokens", () => {
  it("returns a 32-byte base64url token once and stores only its SHA-256 hash", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel);
    const { raw, token } = await testLink(hotel, booking);
    expect(raw).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(raw, "base64url")).toHaveLength(32);
    expect(token.tokenHash).toBe(hashToken(raw));
    // No column of any token or audit row holds the raw token.
    const dump = await getDb().execute(sql`select row_to_json(t)::text as j from guest_booking_tokens t union all select row_to_json(e)::text from token_events e`);
    const rows = (dump as unknown as { rows?: { j: string }[] }).rows ?? (dump as unknown as { j: string }[]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.j).not.toContain(raw);
  });

  it("each issued link is its own token; several stay active side by side", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel);
    const a = await testLink(hotel, booking);
    const b = await testLink(hotel, booking);
    expect(a.raw).not.toBe(b.raw);
    expect((await validateToken(a.raw)).ok).toBe(true);
    expect((await validateToken(b.raw)).ok).toBe(true);
  });

  it("maps purposes to scopes and lets the flags only narrow them", () => {
    const base = { canOrderServices: true, canChat: true };
    expect(tokenScopes({ purpose: "STATUS", ...base })).toEqual(["view"]);
    expect(tokenScopes({ purpose: "PRECHECKIN", ...base })).toEqual(["view", "precheckin"]);
    expect(tokenScopes({ purpose: "ROOM_SERVICES", ...base })).toEqual(["view", "order"]);
    expect(tokenScopes({ purpose: "CHAT", ...base })).toEqual(["view", "chat"]);
    expect(tokenScopes({ purpose: "FULL_ACCESS", ...base })).toEqual(["view", "precheckin", "order", "chat"]);
    expect(tokenScopes({ purpose: "FULL_ACCESS", canOrderServices: false, canChat: false })).toEqual(["view", "precheckin"]);
    // A flag cannot add what the purpose does not allow.
    expect(tokenScopes({ purpose: "STATUS", canOrderServices: true, canChat: true })).not.toContain("chat");
  });

  it("gives the true reason for each refusal and records it", async () => {
    const hotel = await testHotel();
    const other = await testHotel("Other Hotel");
    const booking = await testBooking(hotel);
    const second = await testBooking(hotel, "upcoming");
    const { raw, token } = await testLink(hotel, booking, { purpose: "STATUS" });

    expect(await validateToken("A".repeat(43))).toMatchObject({ ok: false, reason: "UNKNOWN" });
    expect(await validateToken("short")).toMatchObject({ ok: false, reason: "UNKNOWN" });
    expect(await validateToken(raw, { hotelSlug: other.slug })).toMatchObject({ ok: false, reason: "WRONG_HOTEL" });
    expect(await validateToken(raw, { bookingRef: second.reference })).toMatchObject({ ok: false, reason: "WRONG_BOOKING" });
    expect(await validateToken(raw, { scope: "order" })).toMatchObject({ ok: false, reason: "MISSING_SCOPE" });
    expect(await validateToken(raw, { now: new Date(token.expiresAt.getTime() + 1) })).toMatchObject({ ok: false, reason: "EXPIRED" });
    const ok = await validateToken(raw, { hotelSlug: hotel.slug, bookingRef: booking.reference, scope: "view" });
    expect(ok.ok && ok.booking.id).toBe(booking.id);

    await getDb().update(bookings).set({ status: "CANCELLED" }).where(eq(bookings.id, booking.id));
    expect(await validateToken(raw)).toMatchObject({ ok: false, reason: "BOOKING_CANCELLED" });
    await flushTokenAudit();
    const reasons = (await getDb().select().from(tokenEvents).where(eq(tokenEvents.tokenId, token.id))).map((e) => `${e.kind}:${e.reason ?? ""}`);
    expect(reasons).toEqual(expect.arrayContaining(["ISSUED:STATUS", "REJECTED:WRONG_HOTEL", "REJECTED:WRONG_BOOKING", "REJECTED:MISSING_SCOPE", "REJECTED:EXPIRED", "USED:", "REJECTED:BOOKING_CANCELLED"]));
  });

  it("records last use without writing on every request", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel);
    const { raw, token } = await testLink(hotel, booking);
    for (let i = 0; i < 5; i++) await validateToken(raw);
    await flushTokenAudit();
    const [row] = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.id, token.id));
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
    const used = await getDb().select().from(tokenEvents).where(eq(tokenEvents.tokenId, token.id));
    expect(used.filter((e) => e.kind === "USED")).toHaveLength(1);
  });

  it("revocation takes effect on the very next validation and announces it", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel);
    const { raw, token } = await testLink(hotel, booking);
    const keep = await testLink(hotel, booking);
    expect((await validateToken(raw)).ok).toBe(true);
    await revokeToken({ hotelId: hotel.id, tokenId: token.id, reason: "Lost phone" });
    expect(await validateToken(raw)).toMatchObject({ ok: false, reason: "REVOKED" });
    // Other links of the booking are untouched.
    expect((await validateToken(keep.raw)).ok).toBe(true);
    // Another hotel cannot revoke it.
    const other = await testHotel();
    await expect(revokeToken({ hotelId: other.id, tokenId: keep.token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("revoke all ends every active link once and announces each", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel);
    const a = await testLink(hotel, booking);
    const b = await testLink(hotel, booking);
    const gone = await testLink(hotel, booking);
    await revokeToken({ hotelId: hotel.id, tokenId: gone.token.id });
    expect(await transaction((tx) => revokeAllTokensInTx(tx, { hotelId: hotel.id, bookingId: booking.id, reason: "Cancelled" }))).toBe(2);
    expect((await validateToken(a.raw)).ok).toBe(false);
    expect((await validateToken(b.raw)).ok).toBe(false);
    const revoked = await getDb().select().from(tokenEvents).where(eq(tokenEvents.bookingId, booking.id));
    expect(revoked.filter((e) => e.kind === "REVOKED")).toHaveLength(3);
  });
});
