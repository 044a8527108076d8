import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { checkOut } from "@/lib/bookings/check-out";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings, hotels, outboxEvents, requestTypes, serviceRequests, type RequestKind, type StaffRole } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { resetEnvCache } from "@/lib/env";
import { guestGuideView } from "@/lib/hotels/guide";
import { resetSharedLimiters } from "@/lib/rate-limit/shared-limiter";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { guestOf } from "@/lib/testing/orders";
import { addDays, localDate, zonedToUtc } from "@/lib/time/zoned";
import { requireGuestAccess } from "@/lib/tokens/require-access";
import type { GuestAccess } from "@/lib/tokens/validate";
import { ensureDefaultRequestTypes } from "./default-types";
import { setDoNotDisturb } from "./do-not-disturb";
import { cancelGuestRequest, GUEST_REQUESTS_LIMIT, guestRequestTypes, listGuestRequests, placeGuestRequest, readGuestRequest } from "./guest-requests";
import { newRequestRow } from "./new-request-row";
import { createRequestType } from "./request-types";
import { createRequestTypeSchema, guestRequestSchema } from "./schemas";
import { changeStaffRequestStatus, lateRequestsForToday, listStaffRequests, readStaffRequest } from "./staff-requests";

// Service requests through their domain functions on a real database: each kind, each refusal
// (nothing written), tenancy, the lifecycle, lateness on a controlled clock, late check-out,
// do-not-disturb and the guide's Wi-Fi.

type Hotel = Awaited<ReturnType<typeof testHotel>>;

async function staffOf(hotel: Hotel, role: StaffRole) {
  const user = await createStaff(getDb(), { email: `r-${randomBytes(4).toString("hex")}@example.com`, name: `${role === "HOUSEKEEPING" ? "Hana" : "Dana"} Staff`, password: "not-used-here", memberships: [{ hotelId: hotel.id, role }] });
  return { hotel, role, staff: { id: user.id, name: user.name, email: user.email } };
}

async function typeId(hotel: { id: string }, kind: RequestKind): Promise<string> {
  const [t] = await getDb().select({ id: requestTypes.id }).from(requestTypes).where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.kind, kind)));
  if (!t) throw new Error(`no ${kind} type`);
  return t.id;
}

const body = (v: Record<string, unknown>) => guestRequestSchema.parse(v);

async function ask(access: GuestAccess, v: Record<string, unknown>, opts: { now?: Date; key?: string } = {}) {
  return placeGuestRequest(access, body(v), { idempotencyKey: opts.key ?? null, locale: "en", now: opts.now });
}

/** Rows and events a refused request must leave unchanged. */
async function footprint(bookingId: string, ref: string) {
  const [r] = await getDb().select({ n: sql<number>`count(*)::int` }).from(serviceRequests).where(eq(serviceRequests.bookingId, bookingId));
  const [e] = await getDb().select({ n: sql<number>`count(*)::int` }).from(outboxEvents).where(sql`${outboxEvents.payload}->>'booking_id' = ${ref}`);
  const [b] = await getDb().select({ dnd: bookings.doNotDisturbSince, late: bookings.lateCheckoutTime }).from(bookings).where(eq(bookings.id, bookingId));
  return { requests: r!.n, events: e!.n, booking: b };
}

/** The next time at `hh:mm` hotel time within the stay, as the guest types it. */
function localTomorrow(hotel: Hotel, hhmm: string) {
  return `${addDays(localDate(new Date(), hotel.timezone), 1)}T${hhmm}`;
}

afterEach(() => {
  delete process.env.GUEST_OPEN_REQUEST_LIMIT;
  delete process.env.GUEST_REQUEST_RATE_LIMIT;
  resetEnvCache();
  resetSharedLimiters();
});

describe("default request types", () => {
  it("every new hotel gets the five, once; in the hotel's language with the others as translations", async () => {
    const hotel = await testHotel();
    const types = await getDb().select().from(requestTypes).where(eq(requestTypes.hotelId, hotel.id));
    expect(types.map((t) => t.kind).sort()).toEqual(["AMENITIES", "CLEANING", "LATE_CHECKOUT", "MAINTENANCE", "WAKE_UP"]);
    const amenities = types.find((t) => t.kind === "AMENITIES")!;
    expect(amenities.options.items!.map((i) => [i.key, i.max])).toEqual([["bath_towels", 4], ["hand_towels", 4], ["pillows", 2], ["toiletries", 2], ["blanket", 2]]);
    expect(types.find((t) => t.kind === "LATE_CHECKOUT")!.options.latestCheckout).toBe("14:00");
    expect(amenities.translations.de?.name).toBe("Handtücher & Pflegeartikel");
    expect(await ensureDefaultRequestTypes(getDb(), hotel.id)).toBe(0);

    // A hotel that runs in Portuguese: its own words are Portuguese, English is a translation.
    const pt = await testHotel();
    await getDb().update(hotels).set({ defaultLanguage: "pt" }).where(eq(hotels.id, pt.id));
    await getDb().delete(requestTypes).where(eq(requestTypes.hotelId, pt.id));
    expect(await ensureDefaultRequestTypes(getDb(), pt.id)).toBe(5);
    const [cleaning] = await getDb().select().from(requestTypes).where(and(eq(requestTypes.hotelId, pt.id), eq(requestTypes.kind, "CLEANING")));
    expect(cleaning).toMatchObject({ name: "Limpeza do quarto", translations: { en: { name: "Room cleaning" } } });
    expect(cleaning!.translations.pt).toBeUndefined();
  });
});

describe("placing requests", () => {
  it("each kind: details, promise, events; in the guest's language", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const now = new Date();
    const towels = await ask(guest, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "bath_towels", quantity: 2 }, { key: "pillows", quantity: 1 }], note: "Extra soft" }, { now });
    expect(towels).toMatchObject({ kind: "AMENITIES", name: "Towels & amenities", department: "HOUSEKEEPING", status: "NEW", note: "Extra soft", can_cancel: true, late: false, staff_first_name: null });
    expect(towels.details.items).toEqual([{ key: "bath_towels", label: "Bath towels", quantity: 2 }, { key: "pillows", label: "Pillows", quantity: 1 }]);
    expect(Date.parse(towels.promised_at) - now.getTime()).toBe(20 * 60_000);

    expect((await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "SKIP_TODAY" })).details).toEqual({ cleaning: "SKIP_TODAY" });
    expect((await ask(guest, { type_id: await typeId(hotel, "MAINTENANCE"), description: "The shower drips" })).details).toEqual({ description: "The shower drips" });
    const wake = await ask(guest, { type_id: await typeId(hotel, "WAKE_UP"), wake_at: localTomorrow(hotel, "07:30") });
    const wakeAt = zonedToUtc(addDays(localDate(new Date(), hotel.timezone), 1), "07:30", hotel.timezone).toISOString();
    expect(wake).toMatchObject({ department: "FRONT_DESK", due_at: wakeAt, promised_at: wakeAt, details: { wake_at: wakeAt, wake_at_local: localTomorrow(hotel, "07:30") } });
    const late = await ask(guest, { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "13:00" });
    expect(late.details).toEqual({ checkout_time: "13:00" });
    const other = await createRequestType(hotel.id, createRequestTypeSchema.parse({ kind: "OTHER", name: "Something else", department: "FRONT_DESK", targetMinutes: 15 }));
    expect((await ask(guest, { type_id: other.id, note: "An iron, please" })).note).toBe("An iron, please");

    const created = (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "request.created"))).filter((e) => e.payload.booking_id === guest.booking.reference);
    expect(created).toHaveLength(6);
    expect(created.find((e) => e.payload.request_id === towels.id)).toMatchObject({
      channels: [`private-room-service.${guest.booking.reference}`, `private-${hotel.slug}.staff-requests`],
      payload: { booking_id: guest.booking.reference, request_id: towels.id, kind: "AMENITIES", department: "HOUSEKEEPING", status: "NEW" },
    });

    const inPortuguese = await readGuestRequest(guest, towels.id, "pt");
    expect(inPortuguese.name).toBe("Toalhas e amenidades");
    expect(inPortuguese.details.items![0]!.label).toBe("Toalhas de banho");
    const list = await listGuestRequests(guest, "en");
    expect(list.requests).toHaveLength(6);
    expect(list.requests.at(-1)!.id).toBe(towels.id);
    expect(list.do_not_disturb).toEqual({ on: false, since: null });
  });

  it("the types in the guest's language, with the stay's windows", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const types = await guestRequestTypes(guest, "fr");
    expect(types.check_out_time).toBe("11:00");
    expect(types.types.map((t) => t.name)).toEqual(["Serviettes et produits d'accueil", "Ménage de la chambre", "Quelque chose à réparer", "Réveil téléphonique", "Départ tardif"]);
    expect(types.types[0]!.options.items![0]).toEqual({ key: "bath_towels", label: "Serviettes de bain", max: 4 });
    expect(types.types.find((t) => t.kind === "LATE_CHECKOUT")!.options).toEqual({ after: "11:00", latest_checkout: "14:00" });
    expect(types.types.find((t) => t.kind === "WAKE_UP")!.options.latest).toBe(`${guest.booking.checkOutDate}T11:00`);
    expect(types.types.every((t) => t.available)).toBe(true);
  });

  it("refusals name the field and write nothing", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const other = await testHotel();
    const [inactive] = await getDb()
      .update(requestTypes)
      .set({ active: false })
      .where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.kind, "MAINTENANCE")))
      .returning();
    const amenities = await typeId(hotel, "AMENITIES");
    const today = localDate(new Date(), hotel.timezone);
    const cases: [string, Record<string, unknown>, string][] = [
      ["unknown item", { type_id: amenities, items: [{ key: "robe", quantity: 1 }] }, "items.0.key"],
      ["over the item's max", { type_id: amenities, items: [{ key: "pillows", quantity: 3 }] }, "items.0.quantity"],
      ["no items", { type_id: amenities }, "items"],
      ["another hotel's type", { type_id: await typeId(other, "AMENITIES"), items: [{ key: "pillows", quantity: 1 }] }, "type_id"],
      ["an inactive type", { type_id: inactive!.id, description: "Broken lamp" }, "type_id"],
      ["cleaning without a choice", { type_id: await typeId(hotel, "CLEANING") }, "cleaning"],
      ["wake-up in the past", { type_id: await typeId(hotel, "WAKE_UP"), wake_at: `${addDays(today, -1)}T07:00` }, "wake_at"],
      ["wake-up after check-out", { type_id: await typeId(hotel, "WAKE_UP"), wake_at: `${guest.booking.checkOutDate}T11:01` }, "wake_at"],
      ["wake-up on no such day", { type_id: await typeId(hotel, "WAKE_UP"), wake_at: "2027-02-30T07:00" }, "wake_at"],
      ["late check-out at the hotel's time", { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "11:00" }, "checkout_time"],
      ["late check-out past the latest", { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "14:30" }, "checkout_time"],
    ];
    const before = await footprint(guest.booking.id, guest.booking.reference);
    for (const [name, v, field] of cases) {
      const refused = await ask(guest, v).catch((e: unknown) => e);
      expect(refused, name).toMatchObject({ code: "VALIDATION_ERROR" });
      expect(Object.keys((refused as { fields: object }).fields), name).toContain(field);
    }
    // Shapes the schema itself refuses.
    for (const bad of [{ type_id: "nope" }, { type_id: amenities, items: [{ key: "pillows", quantity: 1.5 }] }, { type_id: amenities, wake_at: "tomorrow 7" }, { type_id: amenities, checkout_time: "25:00" }, { type_id: amenities, note: "x".repeat(501) }]) {
      expect(guestRequestSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
    expect(await footprint(guest.booking.id, guest.booking.reference)).toEqual(before);
  });

  it("a link without the order scope is refused; only in-house stays ask, a late check-out also before arrival", async () => {
    const hotel = await testHotel();
    for (const purpose of ["STATUS", "CHAT"] as const) {
      const booking = await testBooking(hotel, "in_house");
      const { raw } = await testLink(hotel, booking, { purpose });
      await expect(requireGuestAccess(raw, { hotelSlug: hotel.slug, scope: "order" })).rejects.toMatchObject({ code: "MISSING_SCOPE" });
    }
    const arriving = await guestOf(hotel, { state: "upcoming" });
    await expect(ask(arriving, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "pillows", quantity: 1 }] })).rejects.toMatchObject({ code: "NOT_DURING_STAY" });
    expect(await ask(arriving, { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "12:00" })).toMatchObject({ status: "NEW" });
    const departed = await guestOf(hotel, { state: "departed" });
    await expect(ask(departed, { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "12:00" })).rejects.toMatchObject({ code: "NOT_DURING_STAY" });
    await expect(setDoNotDisturb(departed, true)).rejects.toMatchObject({ code: "NOT_DURING_STAY" });
    expect(await getDb().select().from(serviceRequests).where(eq(serviceRequests.bookingId, departed.booking.id))).toEqual([]);
  });

  it("limits: open requests, the rate, one open late check-out", async () => {
    process.env.GUEST_OPEN_REQUEST_LIMIT = "2";
    process.env.GUEST_REQUEST_RATE_LIMIT = "5";
    resetEnvCache();
    resetSharedLimiters();
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const late = { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "12:00" };
    const first = await ask(guest, late);
    await expect(ask(guest, late)).rejects.toMatchObject({ code: "ALREADY_REQUESTED", status: 409 });
    await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "NOW" });
    const before = await footprint(guest.booking.id, guest.booking.reference);
    // The third counted request: open cap first (2 open).
    await expect(ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "NOW" })).rejects.toMatchObject({ code: "TOO_MANY_OPEN_REQUESTS", status: 429 });
    expect((await footprint(guest.booking.id, guest.booking.reference)).requests).toBe(before.requests);
    await cancelGuestRequest(guest, first.id, "en");
    await ask(guest, late);
    // The sixth counted: over the rate (5 per window; refused ones count too).
    await expect(ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "SKIP_TODAY" })).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((await footprint(guest.booking.id, guest.booking.reference)).requests).toBe(before.requests + 1);
  });

  it("cancellations have a per-booking budget: the 21st in ten minutes is refused and the request stays open", async () => {
    process.env.GUEST_OPEN_REQUEST_LIMIT = "100";
    process.env.GUEST_REQUEST_RATE_LIMIT = "100";
    resetEnvCache();
    resetSharedLimiters();
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const other = await guestOf(hotel);
    const towels = { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "hand_towels", quantity: 1 }] };
    const made = [];
    for (let i = 0; i < 21; i++) made.push(await ask(guest, towels));
    for (const r of made.slice(0, 20)) expect((await cancelGuestRequest(guest, r.id, "en")).status).toBe("CANCELLED");
    await expect(cancelGuestRequest(guest, made[20]!.id, "en")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((await readGuestRequest(guest, made[20]!.id, "en")).status).toBe("NEW");
    // Counted per booking: another stay's guest still cancels.
    const theirs = await ask(other, towels);
    expect((await cancelGuestRequest(other, theirs.id, "en")).status).toBe("CANCELLED");
  });

  it("an idempotent replay answers the same request and makes one row; the key with another body is refused", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const v = { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "hand_towels", quantity: 2 }] };
    const a = await ask(guest, v, { key: "towels-tap-1" });
    const b = await ask(guest, v, { key: "towels-tap-1" });
    expect(b.id).toBe(a.id);
    expect(await getDb().select().from(serviceRequests).where(eq(serviceRequests.bookingId, guest.booking.id))).toHaveLength(1);
    await expect(ask(guest, { ...v, items: [{ key: "hand_towels", quantity: 3 }] }, { key: "towels-tap-1" })).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });
});

describe("tenancy", () => {
  it("another booking's or hotel's request is not found; housekeeping does not see the desk's", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const neighbour = await guestOf(hotel);
    const desk = await staffOf(hotel, "FRONT_DESK");
    const hk = await staffOf(hotel, "HOUSEKEEPING");
    const otherDesk = await staffOf(await testHotel(), "FRONT_DESK");
    const wake = await ask(guest, { type_id: await typeId(hotel, "WAKE_UP"), wake_at: localTomorrow(hotel, "08:00") });
    const towels = await ask(guest, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "blanket", quantity: 1 }] });

    await expect(readGuestRequest(neighbour, wake.id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelGuestRequest(neighbour, wake.id, "en")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listGuestRequests(neighbour, "en")).requests).toEqual([]);
    await expect(readStaffRequest(otherDesk, wake.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeStaffRequestStatus(otherDesk, wake.id, { status: "ACKNOWLEDGED", from_status: "NEW", reason: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readStaffRequest(hk, wake.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeStaffRequestStatus(hk, wake.id, { status: "ACKNOWLEDGED", from_status: "NEW", reason: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listStaffRequests(hk, { status: "open", department: "FRONT_DESK" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const hkList = await listStaffRequests(hk, { status: "open" });
    expect(hkList.requests.map((r) => r.id)).toEqual([towels.id]);
    expect(Object.keys(hkList.counts).sort()).toEqual(["HOUSEKEEPING", "MAINTENANCE"]);
    expect(hkList.requests[0]).toMatchObject({ room_number: guest.roomNumber, guest: { first_name: "Guest" }, next_statuses: ["ACKNOWLEDGED", "IN_PROGRESS", "DONE", "DECLINED"] });
    expect(hkList.requests[0]!.guest.full_name).toBeUndefined();
    const deskList = await listStaffRequests(desk, { status: "open" });
    expect(deskList.requests.map((r) => r.id)).toEqual([towels.id, wake.id]);
    expect(deskList.counts).toEqual({ HOUSEKEEPING: { open: 1, late: 0 }, MAINTENANCE: { open: 0, late: 0 }, FRONT_DESK: { open: 1, late: 0 } });
    expect(deskList.requests[0]!.guest.full_name).toBe(guest.booking.primaryGuestName);
    const text = JSON.stringify(deskList);
    expect(text).not.toContain("@example.com");
    expect(text).not.toContain("+351");
    expect((await listStaffRequests(otherDesk, { status: "all" })).requests).toEqual([]);
  });
});

describe("the guest's list", () => {
  it("keeps an open request older than the newest page, in its place in time", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const old = await ask(guest, { type_id: await typeId(hotel, "MAINTENANCE"), description: "The window does not close" });
    // A full page of finished requests asked after it.
    const [type] = await getDb().select().from(requestTypes).where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.kind, "CLEANING")));
    const later = Array.from({ length: GUEST_REQUESTS_LIMIT }, (_, i) => ({
      ...newRequestRow(type!, { details: { cleaning: "NOW" as const }, dueAt: null, note: null }, { hotelId: hotel.id, bookingId: guest.booking.id, language: null, tokenId: null, at: new Date(Date.now() + (i + 1) * 1_000) }),
      status: "DONE" as const,
    }));
    await getDb().insert(serviceRequests).values(later);
    const { requests } = await listGuestRequests(guest, "en");
    expect(requests).toHaveLength(GUEST_REQUESTS_LIMIT + 1);
    expect(requests.at(-1)!.id).toBe(old.id);
    expect(requests.slice(0, -1).every((r) => r.status === "DONE")).toBe(true);
  });
});

describe("the staff queue's order", () => {
  it("open: the promise that runs out first on top; all and closed: newest first", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const desk = await staffOf(hotel, "FRONT_DESK");
    const towels = await ask(guest, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "blanket", quantity: 1 }] }); // promised in 20 min
    const cleaning = await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "NOW" }); // asked later, promised in 60 min
    expect((await listStaffRequests(desk, { status: "open" })).requests.map((r) => r.id)).toEqual([towels.id, cleaning.id]);
    expect((await listStaffRequests(desk, { status: "all" })).requests.map((r) => r.id)).toEqual([cleaning.id, towels.id]);
  });
});

describe("lifecycle", () => {
  it("staff move it on (the first is assigned), a stale screen gets STATUS_CHANGED, the guest cancels only while NEW", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const hk = await staffOf(hotel, "HOUSEKEEPING");
    const desk = await staffOf(hotel, "FRONT_DESK");
    const towels = await ask(guest, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "bath_towels", quantity: 1 }] });
    const acked = await changeStaffRequestStatus(hk, towels.id, { status: "ACKNOWLEDGED", from_status: "NEW", reason: null });
    expect(acked).toMatchObject({ status: "ACKNOWLEDGED", assigned_staff: { id: hk.staff.id, name: "Hana Staff" }, next_statuses: ["IN_PROGRESS", "DONE", "DECLINED"] });
    await expect(changeStaffRequestStatus(desk, towels.id, { status: "IN_PROGRESS", from_status: "NEW", reason: null })).rejects.toMatchObject({ code: "STATUS_CHANGED", status: 409 });
    await expect(changeStaffRequestStatus(desk, towels.id, { status: "NEW", from_status: "ACKNOWLEDGED", reason: null })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(cancelGuestRequest(guest, towels.id, "en")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    const done = await changeStaffRequestStatus(desk, towels.id, { status: "DONE", from_status: "ACKNOWLEDGED", reason: null });
    // Still the first person's.
    expect(done.assigned_staff!.id).toBe(hk.staff.id);
    const seen = await readGuestRequest(guest, towels.id, "en");
    expect(seen).toMatchObject({ status: "DONE", staff_first_name: "Hana", can_cancel: false });
    expect(seen.done_at).not.toBeNull();

    const fix = await ask(guest, { type_id: await typeId(hotel, "MAINTENANCE"), description: "Lamp broken" });
    await expect(changeStaffRequestStatus(hk, fix.id, { status: "DECLINED", from_status: "NEW", reason: null })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await changeStaffRequestStatus(hk, fix.id, { status: "DECLINED", from_status: "NEW", reason: "Replaced the bulb already" });
    expect(await readGuestRequest(guest, fix.id, "en")).toMatchObject({ status: "DECLINED", decline_reason: "Replaced the bulb already" });

    const cleaning = await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "NOW" });
    expect(await cancelGuestRequest(guest, cleaning.id, "en")).toMatchObject({ status: "CANCELLED", can_cancel: false });
    const changes = (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "request.status_changed")).orderBy(asc(outboxEvents.createdAt))).filter((e) => e.payload.booking_id === guest.booking.reference);
    expect(changes.map((e) => [e.payload.previous_status, e.payload.status])).toEqual([
      ["NEW", "ACKNOWLEDGED"],
      ["ACKNOWLEDGED", "DONE"],
      ["NEW", "DECLINED"],
      ["NEW", "CANCELLED"],
    ]);
  });

  it("lateness follows the clock: NEW past its promise; a wake-up call is due 10 minutes before and late at its time", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const desk = await staffOf(hotel, "FRONT_DESK");
    const t0 = new Date();
    const towels = await ask(guest, { type_id: await typeId(hotel, "AMENITIES"), items: [{ key: "bath_towels", quantity: 1 }] }, { now: t0 });
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    const view = async (now: Date) => (await listGuestRequests(guest, "en", now)).requests.find((r) => r.id === towels.id)!;
    expect(await view(at(19))).toMatchObject({ late: false, late_at: at(20).toISOString() });
    expect(await view(at(20))).toMatchObject({ late: true });
    expect((await listStaffRequests(desk, { status: "open" }, at(21))).counts.HOUSEKEEPING).toEqual({ open: 1, late: 1 });
    expect((await lateRequestsForToday(hotel.id, at(21))).map((r) => r.id)).toEqual([towels.id]);
    expect(await lateRequestsForToday(hotel.id, at(19))).toEqual([]);
    await changeStaffRequestStatus(desk, towels.id, { status: "ACKNOWLEDGED", from_status: "NEW", reason: null }, at(21));
    expect(await view(at(30))).toMatchObject({ late: false, late_at: null });

    const wake = await ask(guest, { type_id: await typeId(hotel, "WAKE_UP"), wake_at: localTomorrow(hotel, "07:00") });
    const due = new Date(wake.due_at!);
    const wakeView = async (now: Date) => (await listGuestRequests(guest, "en", now)).requests.find((r) => r.id === wake.id)!;
    expect(await wakeView(new Date(due.getTime() - 11 * 60_000))).toMatchObject({ due: false, late: false });
    expect(await wakeView(new Date(due.getTime() - 10 * 60_000))).toMatchObject({ due: true, late: false, due_from: new Date(due.getTime() - 600_000).toISOString() });
    // Acknowledged is not enough: a wake-up call is late until done.
    await changeStaffRequestStatus(desk, wake.id, { status: "ACKNOWLEDGED", from_status: "NEW", reason: null });
    expect(await wakeView(due)).toMatchObject({ due: true, late: true });
    await changeStaffRequestStatus(desk, wake.id, { status: "DONE", from_status: "ACKNOWLEDGED", reason: null });
    expect(await wakeView(due)).toMatchObject({ due: false, late: false });
  });

  it("a late check-out approved moves the booking's check-out, audited and announced", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const desk = await staffOf(hotel, "FRONT_DESK");
    const hk = await staffOf(hotel, "HOUSEKEEPING");
    const late = await ask(guest, { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "13:30" });
    await expect(changeStaffRequestStatus(hk, late.id, { status: "DONE", from_status: "NEW", reason: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await changeStaffRequestStatus(desk, late.id, { status: "DONE", from_status: "NEW", reason: null });
    const [b] = await getDb().select().from(bookings).where(eq(bookings.id, guest.booking.id));
    expect(b!.lateCheckoutTime).toBe("13:30");
    const audit = await getDb().select().from(bookingEvents).where(and(eq(bookingEvents.bookingId, guest.booking.id), eq(bookingEvents.kind, "late_checkout_approved")));
    expect(audit).toEqual([expect.objectContaining({ staffId: desk.staff.id, details: { requestId: late.id, checkoutTime: "13:30" } })]);
    const events = (await getDb().select().from(outboxEvents)).filter((e) => e.payload.booking_id === guest.booking.reference);
    expect(events.find((e) => e.name === "staff.booking_changed")).toMatchObject({ channels: [`private-${hotel.slug}.staff-bookings`], payload: { change: "late_checkout_approved" } });
    expect(events.find((e) => e.name === "booking.updated")).toMatchObject({ payload: { fields: ["late_checkout_time"] } });
    // The wake-up window now ends at the new time.
    const fresh = { ...guest, booking: b! };
    expect((await guestRequestTypes(fresh, "en")).late_checkout_time).toBe("13:30");
    expect(await ask(fresh, { type_id: await typeId(hotel, "WAKE_UP"), wake_at: `${b!.checkOutDate}T13:00` })).toMatchObject({ status: "NEW" });
    // A declined one leaves the booking alone.
    const again = await ask(fresh, { type_id: await typeId(hotel, "LATE_CHECKOUT"), checkout_time: "14:00" });
    await changeStaffRequestStatus(desk, again.id, { status: "DECLINED", from_status: "NEW", reason: "Fully booked" });
    expect((await getDb().select().from(bookings).where(eq(bookings.id, guest.booking.id)))[0]!.lateCheckoutTime).toBe("13:30");
  });
});

describe("do not disturb", () => {
  it("the guest switches it; cleaning now lifts it; housekeeping sees the room; check-out clears it", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const hk = await staffOf(hotel, "HOUSEKEEPING");
    const now = new Date();
    expect(await setDoNotDisturb(guest, true, now)).toEqual({ do_not_disturb: { on: true, since: now.toISOString() } });
    // Already on: nothing changes, nothing announced.
    await setDoNotDisturb(guest, true);
    const dndEvents = async () => (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "room.do_not_disturb")).orderBy(asc(outboxEvents.createdAt))).filter((e) => e.payload.booking_id === guest.booking.reference);
    expect((await dndEvents()).map((e) => e.payload)).toEqual([{ booking_id: guest.booking.reference, room: guest.roomNumber, on: true }]);
    expect((await listStaffRequests(hk, { status: "open" })).rooms_do_not_disturb).toEqual([{ room_number: guest.roomNumber, since: now.toISOString() }]);

    await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "SKIP_TODAY" });
    expect((await footprint(guest.booking.id, guest.booking.reference)).booking!.dnd).not.toBeNull();
    await ask(guest, { type_id: await typeId(hotel, "CLEANING"), cleaning: "NOW" });
    expect((await footprint(guest.booking.id, guest.booking.reference)).booking!.dnd).toBeNull();
    expect((await dndEvents()).map((e) => e.payload.on)).toEqual([true, false]);

    await setDoNotDisturb(guest, true);
    await checkOut({ staffId: null, hotel }, guest.booking.reference);
    expect((await footprint(guest.booking.id, guest.booking.reference)).booking!.dnd).toBeNull();
    expect((await dndEvents()).map((e) => e.payload.on)).toEqual([true, false, true, false]);
    expect((await listStaffRequests(hk, { status: "open" })).rooms_do_not_disturb).toEqual([]);
  });
});

describe("the guide", () => {
  it("gives the Wi-Fi only to guests in house, in the guest's language", async () => {
    const hotel = await testHotel();
    const guide = {
      wifi: { network: "Casa-Guest", password: "sunny-days" },
      hours: [{ key: "breakfast", label: "Breakfast", value: "07:00–10:30" }],
      houseRules: "Quiet after 22:00.",
      tips: [{ title: "Tram 28", text: "Stops at the corner." }],
      translations: { pt: { hours: { breakfast: "Pequeno-almoço" }, houseRules: "Silêncio depois das 22:00." } },
    };
    const [row] = await getDb().update(hotels).set({ guide }).where(eq(hotels.id, hotel.id)).returning();
    const inHouse = await testBooking(hotel, "in_house");
    const arriving = await testBooking(hotel, "upcoming");
    const departed = await testBooking(hotel, "departed");
    expect(guestGuideView(row!, inHouse, "en").wifi).toEqual({ network: "Casa-Guest", password: "sunny-days" });
    for (const b of [arriving, departed]) expect(guestGuideView(row!, b, "en").wifi).toBeNull();
    expect(guestGuideView(row!, inHouse, "pt")).toMatchObject({ hours: [{ key: "breakfast", label: "Pequeno-almoço", value: "07:00–10:30" }], house_rules: "Silêncio depois das 22:00.", tips: [{ title: "Tram 28" }], check_out_time: "11:00" });
  });
});
