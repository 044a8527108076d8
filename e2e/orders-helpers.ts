import type { APIRequestContext } from "@playwright/test";
import { withSql } from "./db";
import type { SeedDocument } from "./fixtures";

// Shared by the order specs: paths, a room-service window around now, and what was written.

export const orderPath = (slug: string) => `/api/public/hotel/${slug}/room-services/order/`;
export const ordersPath = (slug: string, id?: string, action?: "cancel") => `/api/public/hotel/${slug}/room-services/orders/${id ? `${id}/` : ""}${action ? `${action}/` : ""}`;
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const hhmm = (d: Date, tz: string) => new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

/** Opens room service from two hours ago to three hours ahead (hotel time), whenever the test runs. */
export async function openRoomServiceNow(admin: APIRequestContext, timezone: string, origin: string) {
  const { hotel } = await (await admin.get("/api/console/hotel")).json();
  const settings = { ...hotel, roomServiceOpens: hhmm(new Date(Date.now() - 2 * 3600_000), timezone), roomServiceCloses: hhmm(new Date(Date.now() + 3 * 3600_000), timezone) };
  const res = await admin.put("/api/console/hotel", { data: settings, headers: { Origin: origin } });
  if (res.status() !== 200) throw new Error(`hotel settings: ${res.status()} ${await res.text()}`);
}

/** Orders, lines and order events of a hotel: a refused request must leave all three unchanged. */
export async function orderFootprint(slug: string) {
  return withSql(async (sql) => {
    const [r] = await sql`
      select (select count(*)::int from orders o join hotels h on h.id = o.hotel_id where h.slug = ${slug}) as orders,
             (select count(*)::int from order_lines l join orders o on o.id = l.order_id join hotels h on h.id = o.hotel_id where h.slug = ${slug}) as lines,
             (select count(*)::int from outbox_events where name like 'order.%' and channels ? ${`private-${slug}.staff-orders`}) as events`;
    return r as { orders: number; lines: number; events: number };
  });
}

export async function ordersOfBooking(reference: string) {
  return withSql(async (sql) => sql`select o.id, o.status, o.total_minor, o.ordered_via_token_id from orders o join bookings b on b.id = o.booking_id where b.reference = ${reference} order by o.created_at`);
}

type Menu = { categories: { items: { id: string; name: string; price_minor: number; available: boolean; options: { required: boolean; choices: { id: string }[] }[] }[] }[] };

/** Room-service items without required options (orderable now unless `anyTime`), read from the guest menu. */
export async function simpleItems(request: APIRequestContext, slug: string, token: string, anyTime = false) {
  const menu = (await (await request.get(`/api/public/hotel/${slug}/room-services/menu/`, { headers: bearer(token) })).json()) as Menu;
  const items = menu.categories.flatMap((c) => c.items).filter((i) => (anyTime || i.available) && i.options.every((g) => !g.required));
  if (items.length < 2) throw new Error("need two simple room-service items");
  return items;
}

export function inHouse(seed: SeedDocument, hotelIndex = 0) {
  const slug = seed.hotels[hotelIndex]!.slug;
  const booking = seed.bookings.find((b) => b.hotel_slug === slug && b.state === "in_house")!;
  const link = (purpose: SeedDocument["links"][number]["purpose"]) => seed.links.find((l) => l.booking === booking.reference && l.purpose === purpose)!;
  return { slug, booking, link, timezone: seed.hotels[hotelIndex]!.timezone };
}
