import { randomBytes, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { StaffContext } from "@/lib/auth/staff-context";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings, outboxEvents, type StaffRole } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { testBooking, testHotel } from "@/lib/testing/fixtures";
import { addDays, localDate } from "@/lib/time/zoned";
import { getBookingDetail } from "./booking-detail";
import { createBooking } from "./create-booking";
import { createBookingSchema, updateBookingSchema } from "./schemas";
import { searchBookings } from "./search-bookings";
import { getToday } from "./today";
import { updateBooking } from "./update-booking";

// The console's route handlers run as they do in the app, with the signed-in staff member given
// here instead of a session cookie (the role check stays real).
const session = vi.hoisted(() => ({ ctx: null as StaffContext | null }));
vi.mock("@/lib/auth/require-staff", async () => {
  const { assertRole } = await import("@/lib/auth/staff-context");
  const { AppError: Err } = await import("@/lib/errors");
  return {
    CURRENT_HOTEL_COOKIE: "console_hotel",
    requireStaff: async (opts: { roles?: readonly StaffRole[] } = {}) => {
      if (!session.ctx) throw new Err("UNAUTHENTICATED", "Sign in to continue");
      if (opts.roles) assertRole(session.ctx, opts.roles);
      return session.ctx;
    },
    requireStaffAccount: async () => {
      throw new Err("UNAUTHENTICATED", "Sign in to continue");
    },
  };
});

const bookingsRoute = await import("@/app/api/console/bookings/route");
const bookingRoute = await import("@/app/api/console/bookings/[ref]/route");

async function deskIn(hotel: Awaited<ReturnType<typeof testHotel>>, role: StaffRole = "FRONT_DESK") {
  const email = `desk-${randomBytes(4).toString("hex")}@example.com`;
  const staff = await createStaff(getDb(), { email, name: "Dana Desk", password: "x-password-123", memberships: [{ hotelId: hotel.id, role }] });
  session.ctx = { staff: { id: staff.id, name: staff.name, email }, hotel, role, memberships: [{ hotelId: hotel.id, slug: hotel.slug, name: hotel.name, role }] };
  return { staffId: staff.id, hotel };
}

const jsonRequest = (url: string, method: string, body: unknown) =>
  new Request(`http://hotel.test${url}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function bookingBody(timezone: string, over: Record<string, unknown> = {}) {
  const today = localDate(new Date(), timezone);
  return { guestName: "Inês Carvalho", email: "ines@example.com", adults: 2, children: 0, checkInDate: today, checkOutDate: addDays(today, 2), idempotencyKey: randomUUID(), ...over };
}

const bookingsOf = async (hotelId: string) => getDb().select().from(bookings).where(eq(bookings.hotelId, hotelId));
const rowOf = async (id: string) => (await getDb().select().from(bookings).where(eq(bookings.id, id)))[0]!;

describe("the guest's language on a booking", () => {
  it("is optional when creating: not given or empty is null (not known), one of ours is stored", async () => {
    const hotel = await testHotel();
    const actor = { staffId: null, hotel };
    for (const [given, stored] of [[undefined, null], ["", null], [null, null], ["pt", "pt"], ["ar", "ar"]] as const) {
      const { booking } = await createBooking(actor, createBookingSchema.parse(bookingBody(hotel.timezone, { language: given })));
      expect((await rowOf(booking.id)).language, String(given)).toBe(stored);
    }
  });

  it("is set from the console's create form (POST) and shown in the detail, the search and today's lists", async () => {
    const hotel = await testHotel();
    await deskIn(hotel);
    const res = await bookingsRoute.POST(jsonRequest("/api/console/bookings", "POST", bookingBody(hotel.timezone, { language: "de" })), { params: Promise.resolve({}) });
    expect(res.status).toBe(201);
    const { booking } = (await res.json()) as { booking: { id: string; reference: string } };
    expect((await rowOf(booking.id)).language).toBe("de");

    const detail = await getBookingDetail({ hotelId: hotel.id, reference: booking.reference });
    expect(detail.booking.language).toBe("de");
    const found = await searchBookings({ hotelId: hotel.id, filters: { q: "Carvalho" } });
    expect(found.map((b) => [b.reference, b.language])).toEqual([[booking.reference, "de"]]);
    const listed = (await (await bookingsRoute.GET(new Request("http://hotel.test/api/console/bookings?q=Carvalho"), { params: Promise.resolve({}) })).json()) as { bookings: { language: string | null }[] };
    expect(listed.bookings.map((b) => b.language)).toEqual(["de"]);
    const today = await getToday({ hotel });
    expect(today.arrivals.find((b) => b.reference === booking.reference)?.language).toBe("de");
  });

  it("a language that is not one of ours is refused with 400 VALIDATION_ERROR and nothing is written", async () => {
    const hotel = await testHotel();
    await deskIn(hotel);
    for (const language of ["xx", "PT", "pt-PT", "english", 7, ["pt"]]) {
      const res = await bookingsRoute.POST(jsonRequest("/api/console/bookings", "POST", bookingBody(hotel.timezone, { language })), { params: Promise.resolve({}) });
      expect(res.status, JSON.stringify(language)).toBe(400);
      const body = await res.json();
      expect(body, JSON.stringify(language)).toMatchObject({ code: "VALIDATION_ERROR", error: expect.any(String), fields: { language: [expect.any(String)] } });
    }
    expect(await bookingsOf(hotel.id)).toHaveLength(0);
  });

  it("is changed on an existing booking (PATCH): stored, audited, announced; the same value again writes nothing", async () => {
    const hotel = await testHotel();
    const { staffId } = await deskIn(hotel);
    const booking = await testBooking(hotel, "in_house");
    const patch = (body: unknown) => bookingRoute.PATCH(jsonRequest(`/api/console/bookings/${booking.reference}`, "PATCH", body), { params: Promise.resolve({ ref: booking.reference }) });

    let res = await patch({ language: "fr" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ booking: { id: booking.id, reference: booking.reference, language: "fr" }, changed: true });
    expect((await rowOf(booking.id)).language).toBe("fr");

    res = await patch({ language: "fr" });
    expect(await res.json()).toMatchObject({ changed: false });
    // The console's "Not known" option sends "".
    res = await patch({ language: "" });
    expect(await res.json()).toMatchObject({ booking: { language: null }, changed: true });
    expect((await rowOf(booking.id)).language).toBeNull();

    const audit = await getDb().select().from(bookingEvents).where(and(eq(bookingEvents.bookingId, booking.id), eq(bookingEvents.kind, "language_changed"))).orderBy(bookingEvents.createdAt);
    expect(audit.map((e) => [e.details, e.staffId])).toEqual([
      [{ language: "fr", previousLanguage: null }, staffId],
      [{ language: null, previousLanguage: "fr" }, staffId],
    ]);
    const events = (await getDb().select().from(outboxEvents)).filter((e) => e.payload.booking_id === booking.reference);
    expect(events.filter((e) => e.name === "booking.updated").map((e) => [e.channels, e.payload.fields])).toEqual([
      [[`private-guest-booking.${booking.reference}`], ["language"]],
      [[`private-guest-booking.${booking.reference}`], ["language"]],
    ]);
    expect(events.filter((e) => e.name === "staff.booking_changed").map((e) => e.payload.change)).toEqual(["updated", "updated"]);
  });

  it("a bad or missing language on PATCH is 400 and leaves the booking as it was; another hotel's booking is 404", async () => {
    const hotel = await testHotel();
    await deskIn(hotel);
    const booking = await testBooking(hotel, "arriving");
    await updateBooking({ staffId: null, hotel }, booking.reference, updateBookingSchema.parse({ language: "es" }));
    const patch = (ref: string, body: unknown) => bookingRoute.PATCH(jsonRequest(`/api/console/bookings/${ref}`, "PATCH", body), { params: Promise.resolve({ ref }) });
    for (const body of [{ language: "klingon" }, { language: 1 }, {}, { language: "ES" }]) {
      const res = await patch(booking.reference, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json(), JSON.stringify(body)).toMatchObject({ code: "VALIDATION_ERROR", fields: { language: [expect.any(String)] } });
    }
    expect((await rowOf(booking.id)).language).toBe("es");
    const audits = await getDb().select().from(bookingEvents).where(and(eq(bookingEvents.bookingId, booking.id), eq(bookingEvents.kind, "language_changed")));
    expect(audits).toHaveLength(1);

    const other = await testBooking(await testHotel(), "arriving");
    const res = await patch(other.reference, { language: "pt" });
    expect(res.status).toBe(404);
    expect((await rowOf(other.id)).language).toBeNull();
  });

  it("the kitchen cannot change it (403)", async () => {
    const hotel = await testHotel();
    await deskIn(hotel, "KITCHEN");
    const booking = await testBooking(hotel, "in_house");
    const res = await bookingRoute.PATCH(jsonRequest(`/api/console/bookings/${booking.reference}`, "PATCH", { language: "pt" }), { params: Promise.resolve({ ref: booking.reference }) });
    expect(res.status).toBe(403);
    expect((await rowOf(booking.id)).language).toBeNull();
  });

  it("the database refuses a language outside the six even when validation is skipped", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel, "in_house");
    await expect(getDb().update(bookings).set({ language: "xx" }).where(eq(bookings.id, booking.id))).rejects.toBeTruthy();
  });
});
