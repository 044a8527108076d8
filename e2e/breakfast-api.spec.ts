import { request as pwRequest, type APIRequestContext } from "@playwright/test";
import type PusherJS from "pusher-js";
import { randomBytes, randomUUID } from "node:crypto";
import { withSql } from "./db";
import { expect, issueLink, revokeLink, seedIsolated, test, type SeedDocument } from "./fixtures";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// The breakfast API over real HTTP. Dates are picked relative to the seeded bookings in the hotel's
// time zone; the only wall-clock dependency is the cut-off, which the spec sets through the hotel
// settings API (23:59 the evening before, so "tomorrow" stays orderable all day; "today" never is).
// Own seed: the spec changes the first hotel's breakfast settings.

type MenuItem = { id: string; name: string; options: { id: string; required: boolean; choices: { id: string; label: string }[] }[]; sold_out: boolean };
type Menu = { categories: { items: MenuItem[] }[] };

let seed: SeedDocument;
let slug: string;
let tz: string;
let admin: APIRequestContext;
let kitchen: APIRequestContext;
let otherDesk: APIRequestContext;
let anon: APIRequestContext;
let inHouse: { ref: string; token: string };
let arriving: { ref: string; token: string };
let plain: MenuItem; // a breakfast item without required choices
let withChoice: { item: MenuItem; choice: { id: string; label: string } };
let roomServiceOnly: string;

const base = () => `/api/public/hotel/${slug}/breakfast`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const hotelToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const addDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const linkOf = (ref: string, purpose = "FULL_ACCESS") => seed.links.find((l) => l.booking === ref && l.purpose === purpose)!.token;
const bookingOf = (state: string) => seed.bookings.find((b) => b.hotel_slug === slug && b.state === state)!;

async function setHotel(patch: Record<string, unknown>) {
  const { hotel } = await (await admin.get("/api/console/hotel")).json();
  const res = await admin.put("/api/console/hotel", { data: { ...hotel, ...patch } });
  expect(res.status(), await res.text()).toBe(200);
}

const order = (over: Record<string, unknown> = {}) => ({
  delivery_date: addDays(hotelToday(), 2),
  time_slot: "08:00",
  guests: 2,
  items: [{ item_id: plain.id, quantity: 2 }, { item_id: withChoice.item.id, quantity: 1, options: [withChoice.choice.id] }],
  ...over,
});

async function post(token: string | null, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return anon.post(`${base()}/order/`, { data: body, headers: { ...(token ? bearer(token) : {}), ...headers } });
}

async function ordersOfBooking(ref: string): Promise<number> {
  return withSql(async (sql) => {
    const [r] = await sql`select count(*)::int as n from orders o join bookings b on b.id = o.booking_id where b.reference = ${ref} and o.type = 'BREAKFAST'`;
    return r!.n as number;
  });
}

async function cancelAll(ref: string) {
  await withSql((sql) => sql`update orders set status = 'CANCELLED' where type = 'BREAKFAST' and booking_id = (select id from bookings where reference = ${ref})`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`bf${randomBytes(3).toString("hex")}`);
  slug = seed.hotels[0]!.slug;
  tz = seed.hotels[0]!.timezone;
  const staff = (role: string, hotel = 0) => seed.staff.find((s) => s.role === role && s.hotel_slug === seed.hotels[hotel]!.slug)!;
  admin = await signedInApi(baseURL!, staff("ADMIN"));
  kitchen = await signedInApi(baseURL!, staff("KITCHEN"));
  otherDesk = await signedInApi(baseURL!, staff("FRONT_DESK", 1));
  anon = await pwRequest.newContext({ baseURL });
  const ih = bookingOf("in_house");
  const ar = bookingOf("arriving");
  inHouse = { ref: ih.reference, token: linkOf(ih.reference) };
  arriving = { ref: ar.reference, token: linkOf(ar.reference) };
  await setHotel({ breakfastCutoff: "23:59", breakfastServingStart: "07:00", breakfastServingEnd: "10:30", breakfastSlotMinutes: 30, breakfastSlotCapacity: null });

  const menu = (await (await anon.get(`${base()}/menu/`, { headers: bearer(inHouse.token) })).json()) as Menu;
  const items = menu.categories.flatMap((c) => c.items).filter((i) => !i.sold_out);
  plain = items.find((i) => i.options.every((o) => !o.required))!;
  const chosen = items.find((i) => i.options.length === 1 && i.options[0]!.choices.length > 1)!;
  withChoice = { item: chosen, choice: chosen.options[0]!.choices[1]! };
  const rs = (await (await anon.get(`/api/public/hotel/${slug}/room-services/menu/`, { headers: bearer(inHouse.token) })).json()) as Menu;
  const breakfastIds = new Set(items.map((i) => i.id));
  roomServiceOnly = rs.categories.flatMap((c) => c.items).find((i) => !breakfastIds.has(i.id))!.id;
  expect(plain && withChoice.item && roomServiceOnly).toBeTruthy();
});

test.afterAll(async () => {
  for (const c of [admin, kitchen, otherDesk, anon]) await c?.dispose();
});

test("an in-house guest orders breakfast: 201 with the seed's fields, listed, one order per morning (409 with its id)", async () => {
  const res = await post(inHouse.token, order());
  expect(res.status(), await res.text()).toBe(201);
  const body = await res.json();
  expect(body).toMatchObject({ success: true, delivery_date: addDays(hotelToday(), 2), items_count: 3, time_slot: "08:00", guests: 2, status: "PENDING" });
  expect(body.order_id).toMatch(/^[0-9a-f-]{36}$/);

  const again = await post(inHouse.token, order({ time_slot: "09:00" }));
  expect(again.status()).toBe(409);
  expect(await again.json()).toMatchObject({ code: "ALREADY_ORDERED", order_id: body.order_id });

  const list = await (await anon.get(`${base()}/orders/`, { headers: bearer(inHouse.token) })).json();
  expect(list.orders.map((o: { order_id: string }) => o.order_id)).toEqual([body.order_id]);
  expect(list.orders[0]).toMatchObject({ type: "BREAKFAST", time_slot: "08:00", guests: 2, can_change: true, can_cancel: true });

  // The guest's channel and the hotel's order queue hear of it (ids and status only, no token).
  const events = await withSql((sql) => sql`select name, channels, payload from outbox_events where payload->>'order_id' = ${body.order_id}`);
  expect(events.map((e) => [e.name, e.channels])).toEqual([["order.created", [`private-room-service.${inHouse.ref}`, `private-${slug}.staff-orders`]]]);
  expect(JSON.stringify(events)).not.toContain(inHouse.token);
});

test("the guest changes the order (PATCH) and cancels it; a cancelled morning may be ordered again", async () => {
  const list = await (await anon.get(`${base()}/orders/`, { headers: bearer(inHouse.token) })).json();
  const id = list.orders[0].order_id as string;
  const patch = await anon.patch(`${base()}/orders/${id}/`, { headers: bearer(inHouse.token), data: { time_slot: "09:30", guests: 1, items: [{ item_id: plain.id, quantity: 1 }] } });
  expect(patch.status(), await patch.text()).toBe(200);
  expect((await patch.json()).order).toMatchObject({ order_id: id, time_slot: "09:30", guests: 1, items_count: 1 });

  const cancel = await anon.post(`${base()}/orders/${id}/cancel/`, { headers: bearer(inHouse.token) });
  expect(cancel.status(), await cancel.text()).toBe(200);
  expect((await cancel.json()).order).toMatchObject({ status: "CANCELLED", can_change: false });
  const names = await withSql((sql) => sql`select name from outbox_events where payload->>'order_id' = ${id} order by created_at`);
  expect(names.map((r) => r.name)).toEqual(["order.created", "order.updated", "order.status_changed"]);

  const again = await post(inHouse.token, order());
  expect(again.status()).toBe(201);
  await cancelAll(inHouse.ref);
});

test("PATCH and cancel are refused once the morning's cut-off has passed", async () => {
  const placed = await (await post(inHouse.token, order({ delivery_date: addDays(hotelToday(), 1) }))).json();
  // 00:00 the evening before tomorrow is today's midnight: already past.
  await setHotel({ breakfastCutoff: "00:00" });
  try {
    const patch = await anon.patch(`${base()}/orders/${placed.order_id}/`, { headers: bearer(inHouse.token), data: { guests: 1 } });
    expect(patch.status()).toBe(400);
    expect((await patch.json()).code).toBe("CUTOFF_PASSED");
    const cancel = await anon.post(`${base()}/orders/${placed.order_id}/cancel/`, { headers: bearer(inHouse.token) });
    expect(cancel.status()).toBe(400);
    expect((await cancel.json()).code).toBe("CUTOFF_PASSED");
    const late = await post(arriving.token, order({ delivery_date: addDays(hotelToday(), 1) }));
    expect((await late.json()).code).toBe("CUTOFF_PASSED");
  } finally {
    await setHotel({ breakfastCutoff: "23:59" });
  }
  await cancelAll(inHouse.ref);
});

test("security matrix: who may order breakfast", async () => {
  const cases: [string, string | null, number, string][] = [
    ["no token", null, 401, "TOKEN_REQUIRED"],
    ["bad token", "x".repeat(43), 403, "INVALID_TOKEN"],
    ["STATUS-only link", linkOf(inHouse.ref, "STATUS"), 403, "MISSING_SCOPE"],
  ];
  const noOrders = await issueLink(inHouse.ref, { canOrderServices: false });
  cases.push(["can_order_services off", noOrders.token, 403, "MISSING_SCOPE"]);
  const revoked = await issueLink(inHouse.ref);
  await revokeLink(revoked.link_id);
  cases.push(["revoked link", revoked.token, 403, "INVALID_TOKEN"]);
  // A live order of this booking, which none of the refused callers may change or cancel.
  const live = (await (await post(inHouse.token, order({ delivery_date: addDays(hotelToday(), 1) }))).json()).order_id as string;
  const before = await ordersOfBooking(inHouse.ref);
  for (const [name, token, status, code] of cases) {
    const headers = token ? bearer(token) : {};
    const answers = [
      await post(token, order()),
      await anon.get(`${base()}/orders/`, { headers }),
      await anon.get(`${base()}/slots/`, { headers }),
      await anon.patch(`${base()}/orders/${live}/`, { headers, data: { guests: 1 } }),
      await anon.post(`${base()}/orders/${live}/cancel/`, { headers }),
    ];
    for (const res of answers) {
      expect(res.status(), `${name}: ${res.url()}`).toBe(status);
      expect((await res.json()).code, name).toBe(code);
    }
  }
  const [untouched] = await withSql((sql) => sql`select status, guests from orders where id = ${live}`);
  expect(untouched).toEqual({ status: "PENDING", guests: 2 });
  await cancelAll(inHouse.ref);
  // A link of this hotel at another hotel's address.
  const other = await anon.post(`/api/public/hotel/${seed.hotels[1]!.slug}/breakfast/order/`, { headers: bearer(inHouse.token), data: order() });
  expect(other.status()).toBe(403);
  expect(await ordersOfBooking(inHouse.ref)).toBe(before);

  // Departed today: the link still works until the end of the check-out day, but the stay is over.
  const departed = bookingOf("departed");
  for (const date of [departed.check_out, addDays(hotelToday(), 1)]) {
    const dep = await post(linkOf(departed.reference), order({ delivery_date: date }));
    expect(dep.status()).toBe(400);
    expect((await dep.json()).code).toBe("OUTSIDE_STAY");
  }
  expect(await ordersOfBooking(departed.reference)).toBe(0);

  // Not yet arrived: may order for a morning of the coming stay.
  const ok = await post(arriving.token, order({ delivery_date: addDays(hotelToday(), 2) }));
  expect(ok.status(), await ok.text()).toBe(201);
  const theirs = (await ok.json()).order_id as string;

  // Another booking's order: not found, untouched.
  expect((await anon.patch(`${base()}/orders/${theirs}/`, { headers: bearer(inHouse.token), data: { guests: 1 } })).status()).toBe(404);
  expect((await anon.post(`${base()}/orders/${theirs}/cancel/`, { headers: bearer(inHouse.token) })).status()).toBe(404);
  const mine = await (await anon.get(`${base()}/orders/`, { headers: bearer(inHouse.token) })).json();
  expect(mine.orders.map((o: { order_id: string }) => o.order_id)).not.toContain(theirs);
  await cancelAll(arriving.ref);
});

test("bad input: each a clear 400 and nothing written", async () => {
  const today = hotelToday();
  const before = await ordersOfBooking(inHouse.ref);
  const cases: [string, Record<string, unknown>, string][] = [
    ["not a date", { delivery_date: "2026-02-30" }, "VALIDATION_ERROR"],
    ["not a date at all", { delivery_date: "tomorrow" }, "VALIDATION_ERROR"],
    ["outside the stay", { delivery_date: addDays(today, 5) }, "OUTSIDE_STAY"],
    ["yesterday", { delivery_date: addDays(today, -1) }, "DATE_PASSED"],
    ["after the cut-off (this morning)", { delivery_date: today }, "CUTOFF_PASSED"],
    ["slot off the grid", { time_slot: "07:15" }, "VALIDATION_ERROR"],
    ["slot not a time", { time_slot: "25:00" }, "VALIDATION_ERROR"],
    ["slot outside serving", { time_slot: "11:00" }, "VALIDATION_ERROR"],
    ["guests 0", { guests: 0 }, "VALIDATION_ERROR"],
    ["guests over the booking's", { guests: 3 }, "VALIDATION_ERROR"],
    ["guests as a string", { guests: "2" }, "VALIDATION_ERROR"],
    ["guests fractional", { guests: 1.5 }, "VALIDATION_ERROR"],
    ["room-service item", { items: [{ item_id: roomServiceOnly, quantity: 1 }] }, "VALIDATION_ERROR"],
    ["quantity 0", { items: [{ item_id: plain.id, quantity: 0 }] }, "VALIDATION_ERROR"],
    ["unknown item", { items: [{ item_id: randomUUID(), quantity: 1 }] }, "VALIDATION_ERROR"],
    ["no items", { items: [] }, "VALIDATION_ERROR"],
  ];
  for (const [name, over, code] of cases) {
    const res = await post(inHouse.token, order(over));
    expect(res.status(), name).toBe(400);
    expect((await res.json()).code, name).toBe(code);
  }
  // Sold out: the kitchen's switch applies at once.
  expect((await kitchen.put(`/api/console/menus/items/${plain.id}/sold-out`, { data: { soldOut: true } })).status()).toBe(200);
  try {
    const res = await post(inHouse.token, order());
    expect(res.status()).toBe(400);
    expect((await res.json()).code).toBe("NOT_AVAILABLE");
  } finally {
    await kitchen.put(`/api/console/menus/items/${plain.id}/sold-out`, { data: { soldOut: false } });
  }
  // PATCH input: the date is fixed, the body must change something.
  const placed = await (await post(inHouse.token, order())).json();
  for (const data of [{ delivery_date: addDays(today, 1) }, {}, { guests: "1" }]) {
    const res = await anon.patch(`${base()}/orders/${placed.order_id}/`, { headers: bearer(inHouse.token), data });
    expect(res.status(), JSON.stringify(data)).toBe(400);
  }
  expect((await anon.patch(`${base()}/orders/not-a-uuid/`, { headers: bearer(inHouse.token), data: { guests: 1 } })).status()).toBe(400);
  expect(await ordersOfBooking(inHouse.ref)).toBe(before + 1);
  await cancelAll(inHouse.ref);
});

test("Idempotency-Key: a retry answers the first order; the key with another body is 422", async () => {
  const key = `bf-${randomUUID()}`;
  const first = await post(inHouse.token, order(), { "Idempotency-Key": key });
  expect(first.status()).toBe(201);
  const count = await ordersOfBooking(inHouse.ref);
  const retry = await post(inHouse.token, order(), { "Idempotency-Key": key });
  expect(retry.status()).toBe(201);
  const firstBody = await first.json();
  expect(await retry.json()).toEqual(firstBody);
  expect(await ordersOfBooking(inHouse.ref)).toBe(count);
  await cancelAll(inHouse.ref);
  // The order is cancelled now; a replay still gives the first answer (PENDING), as room service does.
  const afterCancel = await post(inHouse.token, order(), { "Idempotency-Key": key });
  expect(afterCancel.status()).toBe(201);
  expect(await afterCancel.json()).toEqual(firstBody);
  expect(firstBody.status).toBe("PENDING");
  // Parallel twins with a fresh key: one order between them.
  const twinKey = `bf-${randomUUID()}`;
  const twins = await Promise.all(Array.from({ length: 8 }, () => post(inHouse.token, order(), { "Idempotency-Key": twinKey })));
  expect(twins.map((r) => r.status())).toEqual(Array(8).fill(201));
  expect(new Set(await Promise.all(twins.map(async (r) => (await r.json()).order_id))).size).toBe(1);
  expect(await ordersOfBooking(inHouse.ref)).toBe(count + 1);
  const other = await post(inHouse.token, order({ guests: 1 }), { "Idempotency-Key": key });
  expect(other.status()).toBe(422);
  await cancelAll(inHouse.ref);
});

test("staff breakfast list: by slot with per-item and per-option counts; kitchen reads it; another hotel sees nothing", async () => {
  const date = addDays(hotelToday(), 2);
  const a = await post(inHouse.token, order({ time_slot: "07:30", guests: 2 }));
  const b = await post(arriving.token, order({ time_slot: "08:30", guests: 1 }));
  expect([a.status(), b.status()]).toEqual([201, 201]);
  for (const staff of [admin, kitchen]) {
    const res = await staff.get(`/api/console/breakfast?date=${date}`);
    expect(res.status()).toBe(200);
    const list = await res.json();
    expect(list.slots.map((s: { time_slot: string; guests: number }) => [s.time_slot, s.guests])).toEqual([["07:30", 2], ["08:30", 1]]);
    expect(list.slots[0].orders[0]).toMatchObject({ booking_ref: inHouse.ref, guests: 2, room_number: expect.any(String) });
    const plainCount = list.counts.find((c: { name: string }) => c.name === plain.name);
    expect(plainCount).toMatchObject({ quantity: 4, label: `4 × ${plain.name}` });
    const choiceCount = list.counts.find((c: { name: string }) => c.name === withChoice.item.name);
    expect(choiceCount.options).toEqual([{ name: withChoice.choice.label, quantity: 2, label: `2 × ${withChoice.choice.label}` }]);
  }
  // The kitchen never sees the guest's full name.
  const kitchenList = await (await kitchen.get(`/api/console/breakfast?date=${date}`)).json();
  expect(kitchenList.slots[0].orders[0].guest.full_name).toBeUndefined();
  const other = await (await otherDesk.get(`/api/console/breakfast?date=${date}`)).json();
  expect(other).toMatchObject({ orders_count: 0, slots: [], counts: [] });
  expect((await admin.get(`/api/console/breakfast?date=2026-02-30`)).status()).toBe(400);
  expect((await anon.get(`/api/console/breakfast?date=${date}`)).status()).toBe(401);
  await cancelAll(inHouse.ref);
  await cancelAll(arriving.ref);
});

test("slots helper: mornings with their cut-off, seats left per slot", async () => {
  await setHotel({ breakfastSlotCapacity: 4 });
  try {
    const date = addDays(hotelToday(), 2);
    expect((await post(inHouse.token, order({ time_slot: "10:00", guests: 2 }))).status()).toBe(201);
    const res = await anon.get(`${base()}/slots/?date=${date}`, { headers: bearer(arriving.token) });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ date, cutoff_time: "23:59", existing_order_id: null, max_guests: 2 });
    expect(body.slots.find((s: { time_slot: string }) => s.time_slot === "10:00")).toEqual({ time_slot: "10:00", remaining: 2, available: true });
    expect(body.mornings.map((m: { date: string }) => m.date)).toContain(date);
    expect((await anon.get(`${base()}/slots/?date=2026-13-01`, { headers: bearer(arriving.token) })).status()).toBe(400);
  } finally {
    await setHotel({ breakfastSlotCapacity: null });
    await cancelAll(inHouse.ref);
  }
});

test("60-minute slots: the slots endpoint lists exactly the times the order endpoint accepts, each ending by the serving end", async () => {
  // 07:00–10:30 with 60-minute slots: 10:00 would run to 11:00. The guest form's old copy of the
  // rule (start < end) offered it and the API refused it; the form now shows the server's list.
  await setHotel({ breakfastSlotMinutes: 60 });
  try {
    const res = await anon.get(`${base()}/slots/`, { headers: bearer(inHouse.token) });
    expect(res.status()).toBe(200);
    const { time_slots: listed } = (await res.json()) as { time_slots: string[] };
    expect(listed).toEqual(["07:00", "08:00", "09:00"]);
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    expect(minutes(listed.at(-1)!) + 60).toBeLessThanOrEqual(minutes("10:30"));

    // Every half hour from before serving starts to its end: accepted exactly when listed.
    const accepted: string[] = [];
    for (const t of ["06:30", "07:00", "07:30", "08:00", "08:30", "09:00", "09:30", "10:00", "10:30"]) {
      const r = await post(inHouse.token, order({ time_slot: t }));
      if (r.status() === 201) {
        accepted.push(t);
        await cancelAll(inHouse.ref);
      } else {
        expect(r.status(), `${t}: ${await r.text()}`).toBe(400);
        expect((await r.json()).code).toBe("VALIDATION_ERROR");
      }
    }
    expect(accepted).toEqual(listed);
  } finally {
    await setHotel({ breakfastSlotMinutes: 30 });
    await cancelAll(inHouse.ref);
  }
});

test("parallel requests for the last seat of a slot: exactly one order", async () => {
  const date = addDays(hotelToday(), 2);
  await setHotel({ breakfastSlotCapacity: 3 });
  try {
    // Two seats of 09:00 taken (another guest's order); the in-house and the arriving guest race for the last one.
    await withSql((sql) => sql`insert into orders (hotel_id, booking_id, type, currency, subtotal_minor, total_minor, delivery_date, time_slot, guests)
      select hotel_id, id, 'BREAKFAST', 'EUR', 0, 0, ${date}, '09:00', 2 from bookings where reference = ${bookingOf("upcoming").reference}`);
    const racers = [inHouse.token, arriving.token, inHouse.token, arriving.token, inHouse.token, arriving.token];
    const results = await Promise.all(racers.map((t) => post(t, order({ time_slot: "09:00", guests: 1 }))));
    const statuses = results.map((r) => r.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    const seats = await withSql((sql) => sql`select coalesce(sum(guests), 0)::int as n from orders o join hotels h on h.id = o.hotel_id where h.slug = ${slug} and delivery_date = ${date} and time_slot = '09:00' and status <> 'CANCELLED'`);
    expect(seats[0]!.n).toBe(3);
    // The loser booking hears "slot full"; the winner's own twins hear "already ordered".
    const codes = await Promise.all(results.filter((r) => r.status() === 409).map(async (r) => (await r.json()).code as string));
    expect(codes).toContain("SLOT_FULL");
    expect(codes.every((c) => c === "SLOT_FULL" || c === "ALREADY_ORDERED")).toBe(true);
  } finally {
    await setHotel({ breakfastSlotCapacity: null });
    await cancelAll(inHouse.ref);
    await cancelAll(arriving.ref);
  }
});

test("live: the guest and the kitchen hear of each breakfast change; staff moves it with the shared order API", async ({ baseURL }) => {
  const guestChannel = `private-room-service.${inHouse.ref}`;
  const staffChannel = `private-${slug}.staff-orders`;
  const cookie = (await kitchen.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const clients: PusherJS[] = [appClient({ bearer: inHouse.token }), appClient({ cookie })];
  try {
    const [guest, cook] = clients as [PusherJS, PusherJS];
    await Promise.all([connected(guest), connected(cook)]);
    expect(await subscribed(guest, guestChannel)).toBe("ok");
    expect(await subscribed(cook, staffChannel)).toBe("ok");
    type Evt = Record<string, unknown>;
    const seen: { who: string; name: string; e: Evt }[] = [];
    for (const name of ["order.created", "order.updated", "order.status_changed"]) {
      guest.channel(guestChannel).bind(name, (e: Evt) => seen.push({ who: "guest", name, e }));
      cook.channel(staffChannel).bind(name, (e: Evt) => seen.push({ who: "kitchen", name, e }));
    }
    const heard = (who: string, name: string, match: (e: Evt) => boolean) =>
      waitFor<Evt>((done) => {
        const tick = () => {
          const hit = seen.find((x) => x.who === who && x.name === name && match(x.e));
          if (hit) done(hit.e);
          else setTimeout(tick, 50);
        };
        tick();
      }, `${who} ${name}`);

    const placed = await post(inHouse.token, order({ time_slot: "07:00", guests: 1 }));
    expect(placed.status()).toBe(201);
    const id = (await placed.json()).order_id as string;
    const mine = (e: Evt) => e.order_id === id;
    for (const who of ["guest", "kitchen"]) {
      expect(await heard(who, "order.created", mine)).toMatchObject({ booking_id: inHouse.ref, order_id: id, type: "BREAKFAST", status: "PENDING" });
    }
    expect((await anon.patch(`${base()}/orders/${id}/`, { headers: bearer(inHouse.token), data: { time_slot: "07:30" } })).status()).toBe(200);
    for (const who of ["guest", "kitchen"]) expect(await heard(who, "order.updated", mine)).toMatchObject({ order_id: id, type: "BREAKFAST" });

    // The kitchen accepts it with the shared order API; from then on the guest can no longer change or cancel it.
    const accept = await kitchen.post(`/api/console/orders/${id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING" }, headers: { Origin: baseURL! } });
    expect(accept.status(), await accept.text()).toBe(200);
    expect(await heard("guest", "order.status_changed", mine)).toMatchObject({ status: "ACCEPTED", previous_status: "PENDING", type: "BREAKFAST" });
    const late = await anon.patch(`${base()}/orders/${id}/`, { headers: bearer(inHouse.token), data: { guests: 2 } });
    expect([late.status(), (await late.json()).code]).toEqual([409, "INVALID_TRANSITION"]);
    const cancel = await anon.post(`${base()}/orders/${id}/cancel/`, { headers: bearer(inHouse.token) });
    expect([cancel.status(), (await cancel.json()).code]).toEqual([409, "INVALID_TRANSITION"]);
    expect(JSON.stringify(seen)).not.toContain(inHouse.token);
  } finally {
    for (const c of clients) c.disconnect();
    await cancelAll(inHouse.ref);
  }
});
