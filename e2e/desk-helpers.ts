import { expect, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { withSql } from "./db";
import { staffOf, type SeedDocument } from "./fixtures";
import { openRoomServiceNow } from "./orders-helpers";
import { signedInApi } from "./staff-helpers";

// Shared by the desk specs (Today, folio, pre-check-in party, phone): stays of their own, made
// through the console's API, so no other spec of the worker has touched them.

/**
 * The front desk of the seed's first hotel, with room service open now (set by its admin, whose
 * API is done with then): the desk member to sign in as, their signed-in API, and the origin
 * console writes must carry.
 */
export async function openDesk(seed: SeedDocument, baseURL: string) {
  const hotel = seed.hotels[0]!;
  const origin = new URL(baseURL).origin;
  const desk = staffOf(seed, "FRONT_DESK");
  const deskApi = await signedInApi(baseURL, desk);
  const adminApi = await signedInApi(baseURL, staffOf(seed, "ADMIN"));
  await openRoomServiceNow(adminApi, hotel.timezone, origin);
  await adminApi.dispose();
  return { hotel, origin, desk, deskApi };
}

/** The hotel's calendar date today, plus n days. */
export function hotelDate(timezone: string, plusDays = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/** A new booking from the desk; returns its reference. */
export async function createStay(desk: APIRequestContext, body: { guestName: string; checkInDate: string; checkOutDate: string; adults?: number; children?: number }): Promise<string> {
  const res = await desk.post("/api/console/bookings", { data: { adults: 2, children: 0, ...body, idempotencyKey: randomUUID() } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { booking: { reference: string } }).booking.reference;
}

/** A room of the hotel nobody is in, by SQL (the console offers them in its check-in form). */
export async function freeRoomId(slug: string): Promise<string> {
  const [r] = await withSql(
    (sql) => sql`select r.id from rooms r join hotels h on h.id = r.hotel_id where h.slug = ${slug}
      and not exists (select 1 from bookings b where b.room_id = r.id and b.status = 'CONFIRMED' and b.checked_in_at is not null and b.checked_out_at is null)
      order by r.number limit 1`,
  );
  if (!r) throw new Error(`no free room in ${slug}`);
  return r.id as string;
}

/** Checks a stay in through the console API. */
export async function checkInStay(desk: APIRequestContext, slug: string, reference: string, origin: string): Promise<void> {
  const res = await desk.post(`/api/console/bookings/${reference}/check-in`, { data: { roomId: await freeRoomId(slug) }, headers: { Origin: origin } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Moves an order as staff (the queue's buttons). */
export async function moveOrder(staff: APIRequestContext, orderId: string, from: string, status: string, origin: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await staff.post(`/api/console/orders/${orderId}/status`, { data: { status, from_status: from, ...extra }, headers: { Origin: origin } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Makes an order look placed `minutes` ago with a promise already passed (its kitchen age and ETA), in the database. */
export async function ageOrder(orderId: string, minutes: number): Promise<void> {
  await withSql((sql) => sql`update orders set created_at = now() - make_interval(mins => ${minutes}), eta_at = now() - interval '1 minute' where id = ${orderId}`);
}
