import { randomBytes } from "node:crypto";
import { withSql } from "./db";
import { expect, seedIsolated, test, type SeedDocument } from "./fixtures";
import { bearer, openKitchenHours, orderableItems } from "./kitchen-helpers";

// One guest must not be able to drown the kitchen: a fresh stay floods each guest write past the
// server's per-booking limits (set for the suite in playwright.config.ts; production defaults in
// lib/env.ts) and gets 429 with Retry-After, nothing more written; other guests are unaffected.

const RATE = Number(process.env.E2E_GUEST_ORDER_RATE_LIMIT);
const OPEN = Number(process.env.E2E_GUEST_OPEN_ORDER_LIMIT);
const PRECHECKIN = Number(process.env.E2E_GUEST_PRECHECKIN_RATE_LIMIT);
const BREAKFAST = Number(process.env.E2E_GUEST_BREAKFAST_WRITE_RATE_LIMIT);

let fresh: SeedDocument;
test.beforeAll(async () => {
  fresh = await seedIsolated(`lim${randomBytes(3).toString("hex")}`);
  await openKitchenHours(fresh);
});

const stays = (state: string) => fresh.bookings.filter((b) => b.hotel_slug === fresh.hotels[0]!.slug && b.state === state);
const tokenOf = (reference: string) => fresh.links.find((l) => l.booking === reference && l.purpose === "FULL_ACCESS")!.token;
const countOrders = (reference: string) =>
  withSql(async (sql) => (await sql`select count(*)::int as n from orders o join bookings b on b.id = o.booking_id where b.reference = ${reference}`)[0]!.n as number);

test("room service: open orders are capped per stay under parallel floods, then the rate; other guests' orders and promises hold", async ({ request }) => {
  const slug = fresh.hotels[0]!.slug;
  const [flooder, neighbour] = stays("in_house");
  const token = tokenOf(flooder!.reference);
  const items = await orderableItems(request, slug, token, "room-services");
  const line = { item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) };
  const order = (t: string) => request.post(`/api/public/hotel/${slug}/room-services/order/`, { headers: bearer(t), data: { items: [line] } });

  const before = (await (await order(tokenOf(neighbour!.reference))).json()) as { estimated_delivery: string };
  // The demo seed may have given the stay an order already: delivered, so the stay starts with none open.
  const deliverAll = () => withSql((sql) => sql`update orders set status = 'DELIVERED' where booking_id = (select id from bookings where reference = ${flooder!.reference})`);
  await deliverAll();
  const seeded = await countOrders(flooder!.reference);

  // A parallel burst: exactly OPEN accepted (the booking row serialises them), the rest 429.
  const burst = await Promise.all(Array.from({ length: OPEN + 8 }, () => order(token)));
  const statuses = burst.map((r) => r.status());
  const odd = await Promise.all(burst.filter((r) => r.status() !== 201 && r.status() !== 429).map((r) => r.text()));
  expect(odd, JSON.stringify(statuses)).toEqual([]);
  expect(statuses.filter((s) => s === 201)).toHaveLength(OPEN);
  const refused = burst.filter((r) => r.status() === 429);
  expect(refused).toHaveLength(8);
  for (const r of refused) {
    expect(((await r.json()) as { code: string }).code).toBe("TOO_MANY_OPEN_ORDERS");
    expect(Number(r.headers()["retry-after"])).toBeGreaterThan(0);
  }
  expect(await countOrders(flooder!.reference)).toBe(seeded + OPEN);

  // The neighbour's promise moved by at most the flood's share of the queue, not by hours.
  const after = (await (await order(tokenOf(neighbour!.reference))).json()) as { estimated_delivery: string };
  const moved = (Date.parse(after.estimated_delivery) - Date.parse(before.estimated_delivery)) / 60_000;
  expect(moved).toBeLessThanOrEqual(20);

  // Delivered orders no longer count as open (test setup); the rate limit then stops the flood.
  await deliverAll();
  const answers: number[] = [];
  for (let i = 0; i < RATE - OPEN + 3; i++) answers.push((await order(token)).status());
  expect(answers.slice(0, RATE - OPEN).every((s) => s === 201 || s === 429)).toBe(true);
  const last = await order(token);
  expect(last.status()).toBe(429);
  expect(((await last.json()) as { code: string }).code).toBe("RATE_LIMITED");
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  // Never more than the rate in the window, open cap included.
  expect(await countOrders(flooder!.reference)).toBeLessThanOrEqual(seeded + RATE);

  // The neighbour still orders.
  expect((await order(tokenOf(neighbour!.reference))).status()).toBe(201);
});

test("pre-check-in submissions and breakfast writes are limited per stay (429 + Retry-After), nothing more written", async ({ request }) => {
  const slug = fresh.hotels[0]!.slug;
  const arriving = stays("arriving")[0]!;
  const token = tokenOf(arriving.reference);
  const submit = () => request.post(`/api/public/hotel/${slug}/precheckin/`, { headers: bearer(token), data: { arrival_time: "15:00", number_of_guests: 2 } });
  for (let i = 0; i < PRECHECKIN; i++) expect((await submit()).status()).toBe(200);
  const over = await submit();
  expect(over.status()).toBe(429);
  expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
  const audits = await withSql(
    async (sql) => (await sql`select count(*)::int as n from booking_events e join bookings b on b.id = e.booking_id where b.reference = ${arriving.reference} and e.kind = 'PRECHECKIN_SUBMITTED'`)[0]!.n as number,
  );
  expect(audits).toBe(PRECHECKIN);

  // Breakfast: an order/cancel loop counts every write, accepted or refused by the rules.
  const guest = stays("in_house")[1]!;
  const bt = tokenOf(guest.reference);
  const body = { delivery_date: "2099-01-01", time_slot: "08:00", guests: 1, items: [{ item_id: "00000000-0000-4000-8000-000000000000", quantity: 1 }] };
  const statuses: number[] = [];
  for (let i = 0; i < BREAKFAST; i++) statuses.push((await request.post(`/api/public/hotel/${slug}/breakfast/order/`, { headers: bearer(bt), data: body })).status());
  expect(statuses.every((s) => s >= 400 && s < 429)).toBe(true);
  const limited = await request.post(`/api/public/hotel/${slug}/breakfast/orders/00000000-0000-4000-8000-000000000000/cancel/`, { headers: bearer(bt) });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
});
