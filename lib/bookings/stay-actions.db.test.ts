import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings, guestBookingTokens, outboxEvents } from "@/lib/db/schema";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken } from "@/lib/tokens/validate";
import { addDays, localDate } from "@/lib/time/zoned";
import type { StaffActor } from "./actor";
import { cancelBooking } from "./cancel-booking";
import { checkIn } from "./check-in";
import { checkOut } from "./check-out";
import { createBooking } from "./create-booking";
import { formatReference } from "./reference";
import { getBookingDetail } from "./booking-detail";
import { issueGuestLink, replaceGuestLink, revokeAllGuestLinks, revokeGuestLink } from "./guest-links";
import { createBookingSchema } from "./schemas";
import { BOOKING_REF_PATTERN } from "@/lib/realtime/channels";
import { searchBookings } from "./search-bookings";
import { getToday } from "./today";


async function setup() {
  const hotel = await testHotel();
  const actor: StaffActor = { staffId: null, hotel };
  return { hotel, actor };
}

/** The `change` of every staff.booking_changed recorded for one booking of a hotel, in order. */
async function staffChanges(hotelSlug: string, reference: string): Promise<string[]> {
  const rows = await getDb().select().from(outboxEvents).orderBy(outboxEvents.createdAt);
  return rows
    .filter((e) => e.name === "staff.booking_changed" && e.channels.includes(`private-${hotelSlug}.staff-bookings`) && e.payload.booking_id === reference)
    .map((e) => String(e.payload.change));
}

function bookingInput(hotelTz: string, overrides: Record<string, unknown> = {}) {
  const today = localDate(new Date(), hotelTz);
  return createBookingSchema.parse({
    guestName: "Ana Silva",
    email: "ana@example.com",
    phone: "+351 911 111 111",
    adults: "2",
    children: "0",
    checkInDate: today,
    checkOutDate: addDays(today, 2),
    idempotencyKey: randomUUID(),
    ...overrides,
  });
}

describe("createBooking", () => {
  it("gives sequential {PREFIX}-YYYY-NNNN references and dedupes a double submit", async () => {
    const { actor, hotel } = await setup();
    const input = bookingInput(hotel.timezone);
    const first = await createBooking(actor, input);
    const twin = await createBooking(actor, input);
    expect(first.created).toBe(true);
    expect(twin.created).toBe(false);
    expect(twin.booking.id).toBe(first.booking.id);
    const year = localDate(new Date(), hotel.timezone).slice(0, 4);
    expect(first.booking.reference).toBe(`${hotel.referencePrefix}-${year}-0001`);
    expect(first.booking.reference).toMatch(BOOKING_REF_PATTERN);
    const second = await createBooking(actor, bookingInput(hotel.timezone));
    expect(second.booking.reference).toBe(`${hotel.referencePrefix}-${year}-0002`);
    const count = await getDb().select().from(bookings).where(eq(bookings.hotelId, hotel.id));
    expect(count).toHaveLength(2);
    const events = await getDb().select().from(outboxEvents);
    expect(events.some((e) => e.name === "staff.booking_changed" && e.channels.includes(`private-${hotel.slug}.staff-bookings`))).toBe(true);
  });

  it("refuses a reused idempotency key with a different body (422) and writes nothing", async () => {
    const { actor, hotel } = await setup();
    const input = bookingInput(hotel.timezone);
    await createBooking(actor, input);
    await expect(createBooking(actor, { ...input, guestName: "Someone Else" })).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
    expect(await getDb().select().from(bookings).where(eq(bookings.hotelId, hotel.id))).toHaveLength(1);
    // The same key in another hotel is another request altogether.
    const other = await setup();
    expect((await createBooking(other.actor, input)).created).toBe(true);
  });

  it("numbers per hotel and year: another hotel's bookings never move a hotel's numbers", async () => {
    const year = Number(localDate(new Date(), "Europe/Lisbon").slice(0, 4));
    const make = (actor: StaffActor, y: number) =>
      createBooking(actor, createBookingSchema.parse({ guestName: "Count Me", adults: 1, children: 0, checkInDate: `${y}-03-02`, checkOutDate: `${y}-03-03`, idempotencyKey: randomUUID() }), new Date(`${y}-03-01T12:00:00Z`));
    const a = await setup();
    const b = await setup();
    expect(a.hotel.referencePrefix).not.toBe(b.hotel.referencePrefix);
    for (let i = 1; i <= 8; i++) expect((await make(a.actor, year + 1)).booking.reference).toBe(formatReference(a.hotel.referencePrefix, year + 1, i));
    // B's first reference is its 0001, however many A made (the old shared sequence skipped to 0009).
    expect((await make(b.actor, year + 1)).booking.reference).toBe(`${b.hotel.referencePrefix}-${year + 1}-0001`);
    expect((await make(a.actor, year + 1)).booking.reference).toBe(formatReference(a.hotel.referencePrefix, year + 1, 9));
    expect((await make(b.actor, year + 1)).booking.reference).toBe(`${b.hotel.referencePrefix}-${year + 1}-0002`);
    // A new year starts at 0001 again; a clock running back keeps the later year rather than reuse numbers.
    expect((await make(a.actor, year + 2)).booking.reference).toBe(formatReference(a.hotel.referencePrefix, year + 2, 1));
    expect((await make(a.actor, year + 1)).booking.reference).toBe(formatReference(a.hotel.referencePrefix, year + 2, 2));
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const r = createBookingSchema.safeParse({ guestName: "", email: "nope", adults: 0, children: -1, checkInDate: "2030-01-05", checkOutDate: "2030-01-04", idempotencyKey: "x" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["guestName", "email", "adults", "children", "checkOutDate", "idempotencyKey"]));
    const { actor, hotel } = await setup();
    await expect(createBooking(actor, bookingInput(hotel.timezone, { checkInDate: "2020-01-01", checkOutDate: "2020-01-03" }))).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { checkInDate: expect.any(Array) } });
    expect(await getDb().select().from(bookings).where(eq(bookings.hotelId, hotel.id))).toHaveLength(0);
  });
});

describe("stay actions", () => {
  it("checks in with a room, refuses an occupied room, checks out, and audits both", async () => {
    const { actor, hotel } = await setup();
    const occupant = await testBooking(hotel, "in_house", "204");
    const { booking } = await createBooking(actor, bookingInput(hotel.timezone));
    await expect(checkIn(actor, booking.reference, { roomId: hotel.roomIds["204"]! })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    const other = await testHotel();
    await expect(checkIn(actor, booking.reference, { roomId: other.roomIds["101"]! })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    const inHouse = await checkIn(actor, booking.reference, { roomId: hotel.roomIds["101"]! });
    expect(inHouse.checkedInAt).not.toBeNull();
    await expect(checkIn(actor, booking.reference, { roomId: hotel.roomIds["102"]! })).rejects.toMatchObject({ code: "CONFLICT" });

    const link = await testLink(hotel, booking);
    const out = await checkOut(actor, booking.reference);
    expect(out.checkedOutAt).not.toBeNull();
    // The link still opens the status page; ordering is off through the time rules.
    const v = await validateToken(link.raw, { scope: "view" });
    expect(v.ok).toBe(true);
    const audit = await getDb().select().from(bookingEvents).where(eq(bookingEvents.bookingId, booking.id));
    expect(audit.map((a) => a.kind)).toEqual(expect.arrayContaining(["created", "checked_in", "checked_out"]));
    const names = (await getDb().select().from(outboxEvents)).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["booking.checked_in", "booking.room_assigned", "booking.checked_out"]));
    // Consoles of colleagues refresh on these.
    expect(await staffChanges(hotel.slug, booking.reference)).toEqual(["created", "checked_in", "checked_out"]);
    expect(occupant.checkedOutAt).toBeNull();
  });

  it("cancel revokes every link and keeps history; cannot cancel an in-house stay", async () => {
    const { actor, hotel } = await setup();
    const b = await testBooking(hotel, "upcoming");
    const l1 = await testLink(hotel, b);
    const l2 = await testLink(hotel, b, { purpose: "STATUS" });
    const r = await cancelBooking(actor, b.reference, { reason: "Guest called" });
    expect(r.revokedLinks).toBe(2);
    for (const l of [l1, l2]) expect((await validateToken(l.raw)).ok).toBe(false);
    expect(await staffChanges(hotel.slug, b.reference)).toEqual(["cancelled"]);
    const tokens = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.bookingId, b.id));
    expect(tokens.every((t) => t.revokedAt && t.revokedReason === "Booking cancelled")).toBe(true);
    const inHouse = await testBooking(hotel, "in_house", "101");
    await expect(cancelBooking(actor, inHouse.reference, { reason: "nope" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("hotel B's booking is not found from hotel A", async () => {
    const { actor } = await setup();
    const other = await testHotel();
    const b = await testBooking(other, "upcoming");
    await expect(checkOut(actor, b.reference)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelBooking(actor, b.reference, { reason: "xxx" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getBookingDetail({ hotelId: actor.hotel.id, reference: b.reference })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueGuestLink(actor, b.reference, { purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, label: null, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("guest links", () => {
  it("issues once per idempotency key, revokes, replaces and revokes all", async () => {
    const { actor, hotel } = await setup();
    const b = await testBooking(hotel, "in_house");
    const input = { purpose: "FULL_ACCESS" as const, canChat: true, canOrderServices: false, label: null, idempotencyKey: randomUUID() };
    const issued = await issueGuestLink(actor, b.reference, input);
    await expect(issueGuestLink(actor, b.reference, input)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.bookingId, b.id))).toHaveLength(1);

    const replaced = await replaceGuestLink(actor, issued.token.id, { reason: "Lost phone", idempotencyKey: randomUUID() });
    expect(replaced.token.canOrderServices).toBe(false);
    expect((await validateToken(issued.raw)).ok).toBe(false);
    expect((await validateToken(replaced.raw)).ok).toBe(true);

    const other = await testHotel();
    const foreign = await testLink(other, await testBooking(other));
    await expect(revokeGuestLink(actor, foreign.token.id, { reason: "test" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeGuestLink(actor, replaced.token.id, { reason: "Guest asked" });
    expect((await validateToken(replaced.raw)).ok).toBe(false);

    await issueGuestLink(actor, b.reference, { ...input, idempotencyKey: randomUUID() });
    await issueGuestLink(actor, b.reference, { ...input, idempotencyKey: randomUUID() });
    expect(await revokeAllGuestLinks(actor, b.reference, { reason: "Security" })).toBe(2);
    const active = await getDb().select().from(guestBookingTokens).where(and(eq(guestBookingTokens.bookingId, b.id)));
    expect(active.every((t) => t.revokedAt)).toBe(true);

    const detail = await getBookingDetail({ hotelId: hotel.id, reference: b.reference });
    expect(detail.links).toHaveLength(4);
    expect(JSON.stringify(detail)).not.toContain(issued.raw);
    expect(JSON.stringify(detail.links)).not.toMatch(/tokenHash|[0-9a-f]{64}/);
    expect(detail.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["link_issued", "link_replaced", "link_revoked", "links_revoked_all"]));
    // Every link change is announced to the hotel's consoles (the refused twin and the foreign revoke are not).
    expect(await staffChanges(hotel.slug, b.reference)).toEqual(["link_issued", "link_replaced", "link_revoked", "link_issued", "link_issued", "links_revoked_all"]);
  });
});

describe("today and search", () => {
  it("counts arrivals, in-house and departures; searches by name, ref, room and state", async () => {
    const hotel = await testHotel();
    const arriving = await testBooking(hotel, "arriving");
    const inHouse = await testBooking(hotel, "in_house", "301");
    await testBooking(hotel, "departed", "202");
    await testBooking(hotel, "cancelled");
    const today = await getToday({ hotel });
    expect(today.arrivals.map((b) => b.reference)).toEqual([arriving.reference]);
    expect(today.inHouse.map((b) => b.reference)).toEqual([inHouse.reference]);
    expect(today.departures).toHaveLength(0);

    const other = await testHotel();
    const elsewhere = await testBooking(other, "in_house", "301");
    // By room: this hotel's 301, never the other hotel's (a random reference may contain "301" too).
    const byRoom = (await searchBookings({ hotelId: hotel.id, filters: { q: "301" } })).map((b) => b.reference);
    expect(byRoom).toContain(inHouse.reference);
    expect(byRoom).not.toContain(elsewhere.reference);
    expect((await searchBookings({ hotelId: hotel.id, filters: { q: inHouse.reference.toLowerCase() } }))).toHaveLength(1);
    expect((await searchBookings({ hotelId: hotel.id, filters: { q: inHouse.primaryGuestName.slice(-4) } })).map((b) => b.reference)).toContain(inHouse.reference);
    expect((await searchBookings({ hotelId: hotel.id, filters: { status: "cancelled" } }))).toHaveLength(1);
    expect((await searchBookings({ hotelId: hotel.id, filters: { status: "departed" } }))[0]?.stayState).toBe("departed");
    expect((await searchBookings({ hotelId: hotel.id, filters: { q: "%" } }))).toHaveLength(0);
    const far = addDays(localDate(new Date(), hotel.timezone), 30);
    expect((await searchBookings({ hotelId: hotel.id, filters: { from: far } }))).toHaveLength(0);
  });
});
