import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, guestBookingTokens } from "@/lib/db/schema";
import { concurrently, raceAgainstHeldLock, racesRunHere } from "@/lib/testing/concurrency";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { revokeTokenInTx } from "@/lib/tokens/revoke";
import { addDays, localDate } from "@/lib/time/zoned";
import type { StaffActor } from "./actor";
import { cancelBooking } from "./cancel-booking";
import { checkIn } from "./check-in";
import { createBooking } from "./create-booking";
import { revokeAllGuestLinks } from "./guest-links";
import { formatReference } from "./reference";
import { createBookingSchema } from "./schemas";

// Real concurrency: run with DATABASE_URL=postgres://… (skipped on the embedded engine).
describe.runIf(racesRunHere())("booking races on PostgreSQL", () => {
  async function setup() {
    const hotel = await testHotel();
    const actor: StaffActor = { staffId: null, hotel };
    return { hotel, actor };
  }

  it("of several concurrent check-ins into one room exactly one succeeds", async () => {
    const { actor, hotel } = await setup();
    const arrivals = await Promise.all(Array.from({ length: 6 }, () => testBooking(hotel, "arriving")));
    const results = await concurrently(arrivals.length, (i) => checkIn(actor, arrivals[i]!.reference, { roomId: hotel.roomIds["101"]! }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "VALIDATION_ERROR" });
    const inRoom = await getDb().select().from(bookings).where(eq(bookings.roomId, hotel.roomIds["101"]!));
    expect(inRoom).toHaveLength(1);
  });

  it("a cancellation while one of its links is being revoked still succeeds", async () => {
    const { actor, hotel } = await setup();
    const b = await testBooking(hotel, "upcoming");
    const contested = await testLink(hotel, b);
    await testLink(hotel, b);
    const cancel = await raceAgainstHeldLock({
      lock: (tx) => tx.select().from(guestBookingTokens).where(eq(guestBookingTokens.id, contested.token.id)).for("update"),
      race: () => cancelBooking(actor, b.reference, { reason: "Guest called" }),
      beforeCommit: (tx) => revokeTokenInTx(tx, { hotelId: hotel.id, tokenId: contested.token.id, reason: "Lost phone" }),
    });
    if (cancel.status === "rejected") console.error(cancel.reason);
    expect(cancel).toMatchObject({ status: "fulfilled", value: { revokedLinks: 1 } });
    const [row] = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.id, contested.token.id));
    expect(row?.revokedReason).toBe("Lost phone");
  });

  it("revoke-all while one link is being revoked revokes the rest", async () => {
    const { actor, hotel } = await setup();
    const b = await testBooking(hotel, "in_house");
    const contested = await testLink(hotel, b);
    await testLink(hotel, b);
    await testLink(hotel, b);
    const all = await raceAgainstHeldLock({
      lock: (tx) => tx.select().from(guestBookingTokens).where(eq(guestBookingTokens.id, contested.token.id)).for("update"),
      race: () => revokeAllGuestLinks(actor, b.reference, { reason: "Security" }),
      beforeCommit: (tx) => revokeTokenInTx(tx, { hotelId: hotel.id, tokenId: contested.token.id, reason: "Lost phone" }),
    });
    expect(all).toEqual({ status: "fulfilled", value: 2 });
  });

  it("parallel creates with one idempotency key make one booking and all answer with it", async () => {
    const { actor, hotel } = await setup();
    const today = localDate(new Date(), hotel.timezone);
    const input = createBookingSchema.parse({ guestName: "Twin Submit", adults: 2, children: 0, checkInDate: today, checkOutDate: addDays(today, 2), idempotencyKey: randomUUID() });
    const results = await concurrently(6, () => createBooking(actor, input));
    const ok = results.map((r) => (r.status === "fulfilled" ? r.value : Promise.reject(r.reason)));
    const values = await Promise.all(ok);
    expect(new Set(values.map((v) => v.booking.id)).size).toBe(1);
    expect(values.filter((v) => v.created)).toHaveLength(1);
    const [{ n }] = (await getDb().execute(sql`select count(*)::int as n from bookings where hotel_id = ${hotel.id}`)) as unknown as [{ n: number }];
    expect(n).toBe(1);
  });

  it("parallel creates in two hotels get each hotel's own consecutive numbers", async () => {
    const a = await setup();
    const b = await setup();
    // A year no other test books in (dates stay within the API's 2000–2100 bounds).
    const year = 2040 + Math.floor(Math.random() * 60);
    const now = new Date(`${year}-06-01T12:00:00Z`);
    const results = await concurrently(10, (i) =>
      createBooking(i % 2 ? b.actor : a.actor, createBookingSchema.parse({ guestName: "Parallel", adults: 1, children: 0, checkInDate: `${year}-06-02`, checkOutDate: `${year}-06-04`, idempotencyKey: randomUUID() }), now),
    );
    const refs = results.map((r) => (r.status === "fulfilled" ? r.value.booking.reference : String(r.reason))).sort();
    const expected = [a.hotel, b.hotel].flatMap((h) => [1, 2, 3, 4, 5].map((n) => formatReference(h.referencePrefix, year, n)));
    expect(refs).toEqual(expected.sort());
  });
});
