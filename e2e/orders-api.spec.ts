import { request as pwRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, issueLink, revokeLink, seedIsolated, test, type SeedDocument } from "./fixtures";
import { bearer, inHouse, openRoomServiceNow, orderFootprint, orderPath, ordersOfBooking, ordersPath, simpleItems } from "./orders-helpers";
import { signedInApi } from "./staff-helpers";

// The room-service order API over real HTTP: the guest security matrix of every endpoint, bad
// input, idempotency, and the staff order API's role matrix. This spec seeds its own hotels,
// because it moves the first hotel's room-service hours around the current time.

let seed: SeedDocument;
let origin: string;
let anon: APIRequestContext;
let admin: APIRequestContext;
let desk: APIRequestContext;
let kitchen: APIRequestContext;
let otherDesk: APIRequestContext;
let slug: string;
let james: ReturnType<typeof inHouse>;
let token: string;
let items: Awaited<ReturnType<typeof simpleItems>>;

const staff = (role: string, hotel = 0) => seed.staff.find((x) => x.role === role && x.hotel_slug === seed.hotels[hotel]!.slug)!;
const linkOfState = (state: string, hotel = 0) => {
  const b = seed.bookings.find((x) => x.hotel_slug === seed.hotels[hotel]!.slug && x.state === state)!;
  return seed.links.find((l) => l.booking === b.reference && l.purpose === "FULL_ACCESS")!.token;
};
const one = () => ({ items: [{ item_id: items[0]!.id, quantity: 1 }] });

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`o${randomBytes(3).toString("hex")}`);
  origin = baseURL!;
  slug = seed.hotels[0]!.slug;
  james = inHouse(seed);
  token = james.link("FULL_ACCESS").token;
  anon = await pwRequest.newContext({ baseURL });
  admin = await signedInApi(baseURL!, staff("ADMIN"));
  desk = await signedInApi(baseURL!, staff("FRONT_DESK"));
  kitchen = await signedInApi(baseURL!, staff("KITCHEN"));
  otherDesk = await signedInApi(baseURL!, staff("FRONT_DESK", 1));
  await openRoomServiceNow(admin, james.timezone, origin);
  items = await simpleItems(anon, slug, token);
});

test.afterAll(async () => {
  for (const c of [anon, admin, desk, kitchen, otherDesk]) await c?.dispose();
});

test("an in-house guest orders (Bearer, guest_token field or portal cookie); the server prices it and records the link", async ({ baseURL }) => {
  const [a, b] = items;
  // The demo seed gives the guest a few orders already: everything below is relative to them.
  const earlier = new Set((await ordersOfBooking(james.booking.reference)).map((r) => r.id as string));
  const listBefore = await (await anon.get(ordersPath(slug), { headers: bearer(token) })).json();
  const res = await anon.post(orderPath(slug), {
    headers: bearer(token),
    // Client-sent prices and totals are ignored.
    data: { items: [{ item_id: a!.id, quantity: 2, price: 0.01, unit_price: "0.01", instructions: "No ice" }, { item_id: b!.id, quantity: 1 }], notes: "Knock softly", total_amount: "0.01" },
  });
  expect(res.status()).toBe(201);
  const body = await res.json();
  const total = 2 * a!.price_minor + b!.price_minor;
  expect(body).toEqual({ success: true, order_id: expect.any(String), total_amount: `${Math.floor(total / 100)}.${String(total % 100).padStart(2, "0")}`, estimated_delivery: expect.any(String), currency: "EUR" });
  expect(Date.parse(body.estimated_delivery)).toBeGreaterThan(Date.now());

  // The body field, and the portal cookie a magic link sets.
  const viaField = await anon.post(orderPath(slug), { data: { ...one(), guest_token: james.link("ROOM_SERVICES").token } });
  expect(viaField.status()).toBe(201);
  const portal = await pwRequest.newContext({ baseURL });
  expect((await portal.get(james.link("FULL_ACCESS").url.replace(/^https?:\/\/[^/]+/, ""), { maxRedirects: 0 })).status()).toBeLessThan(400);
  const viaCookie = await portal.post(orderPath(slug), { data: one() });
  expect(viaCookie.status()).toBe(201);
  const cookieId = (await viaCookie.json()).order_id;
  await portal.dispose();
  const mine = (await ordersOfBooking(james.booking.reference)).filter((r) => !earlier.has(r.id as string));
  expect(mine.map((r) => r.id)).toEqual([body.order_id, (await viaField.json()).order_id, cookieId]);
  expect(mine[0]).toMatchObject({ status: "PENDING", total_minor: total });
  // Each order records its link: the FULL_ACCESS link twice (Bearer, cookie), the ROOM_SERVICES link once.
  const via = mine.map((r) => r.ordered_via_token_id as string);
  expect(via[0]).toBe(via[2]);
  expect(via[1]).not.toBe(via[0]);
  expect(via.every(Boolean)).toBe(true);

  // The guest's reads: newest first, lines, running stay total.
  const list = await (await anon.get(ordersPath(slug), { headers: bearer(token) })).json();
  expect(list.orders.slice(0, 3).map((o: { order_id: string }) => o.order_id)).toEqual([...mine].reverse().map((r) => r.id));
  expect(list.orders[2]).toMatchObject({ status: "PENDING", total_minor: total, notes: "Knock softly", can_cancel: true, lines: [{ name: a!.name, quantity: 2, unit_price_minor: a!.price_minor, instructions: "No ice" }, { name: b!.name, quantity: 1 }] });
  expect(list.stay_total_minor - listBefore.stay_total_minor).toBe(total + 2 * a!.price_minor);
  const detail = await anon.get(ordersPath(slug, body.order_id), { headers: bearer(token) });
  expect(detail.status()).toBe(200);
  expect((await detail.json()).order).toMatchObject({ order_id: body.order_id, promised_at: body.estimated_delivery, estimated_delivery: body.estimated_delivery });
});

test("the guest security matrix: every endpoint refuses with its own answer and writes nothing", async () => {
  const orderId = (await ordersOfBooking(james.booking.reference)).find((r) => r.status === "PENDING")!.id as string;
  const noOrders = (await issueLink(james.booking.reference, { canOrderServices: false })).token;
  const revoked = await issueLink(james.booking.reference);
  await revokeLink(revoked.link_id);
  const otherHotel = inHouse(seed, 1).link("FULL_ACCESS").token;

  type Case = { name: string; token?: string; post: [number, string]; list: [number, string?]; detail: [number, string?]; cancel: [number, string?] };
  const cases: Case[] = [
    { name: "no token", post: [401, "TOKEN_REQUIRED"], list: [401, "TOKEN_REQUIRED"], detail: [401, "TOKEN_REQUIRED"], cancel: [401, "TOKEN_REQUIRED"] },
    { name: "bad token", token: "x".repeat(43), post: [403, "INVALID_TOKEN"], list: [403, "INVALID_TOKEN"], detail: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    { name: "other hotel", token: otherHotel, post: [403, "INVALID_TOKEN"], list: [403, "INVALID_TOKEN"], detail: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    { name: "STATUS-only link", token: james.link("STATUS").token, post: [403, "MISSING_SCOPE"], list: [403, "MISSING_SCOPE"], detail: [403, "MISSING_SCOPE"], cancel: [403, "MISSING_SCOPE"] },
    { name: "can_order_services off", token: noOrders, post: [403, "MISSING_SCOPE"], list: [403, "MISSING_SCOPE"], detail: [403, "MISSING_SCOPE"], cancel: [403, "MISSING_SCOPE"] },
    { name: "revoked", token: revoked.token, post: [403, "INVALID_TOKEN"], list: [403, "INVALID_TOKEN"], detail: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    // Other bookings of the hotel: their own (empty) history, never this order.
    { name: "departed", token: linkOfState("departed"), post: [400, "NOT_DURING_STAY"], list: [200], detail: [404, "NOT_FOUND"], cancel: [404, "NOT_FOUND"] },
    { name: "not yet arrived (other booking)", token: linkOfState("arriving"), post: [400, "NOT_DURING_STAY"], list: [200], detail: [404, "NOT_FOUND"], cancel: [404, "NOT_FOUND"] },
  ];
  const before = await orderFootprint(slug);
  for (const c of cases) {
    const headers = c.token ? bearer(c.token) : undefined;
    const check = async (label: string, res: APIResponse, [status, code]: [number, string?]) => {
      expect(res.status(), `${c.name}: ${label}`).toBe(status);
      if (code) expect((await res.json()).code, `${c.name}: ${label}`).toBe(code);
    };
    const post = await anon.post(orderPath(slug), { headers, data: one() });
    await check("POST order", post, c.post);
    if (c.post[1] === "NOT_DURING_STAY") expect((await post.json()).error).toBe("Room service only available during stay");
    const list = await anon.get(ordersPath(slug), { headers });
    await check("GET orders", list, c.list);
    if (c.list[0] === 200) expect((await list.json()).orders.map((o: { order_id: string }) => o.order_id)).not.toContain(orderId);
    await check("GET order", await anon.get(ordersPath(slug, orderId), { headers }), c.detail);
    await check("POST cancel", await anon.post(ordersPath(slug, orderId, "cancel"), { headers, data: {} }), c.cancel);
  }
  expect(await orderFootprint(slug)).toEqual(before);
  expect((await ordersOfBooking(james.booking.reference)).find((r) => r.id === orderId)!.status).toBe("PENDING");
});

test("bad input: each rule its own 400, nothing written", async () => {
  const breakfast = await (await anon.get(`/api/public/hotel/${slug}/breakfast/menu/`, { headers: bearer(token) })).json();
  const breakfastOnly = breakfast.categories.flatMap((c: { items: { id: string; name: string }[] }) => c.items).find((i: { name: string }) => i.name === "Pancakes");
  expect(breakfastOnly).toBeTruthy();
  const otherItem = (await simpleItems(anon, seed.hotels[1]!.slug, inHouse(seed, 1).link("FULL_ACCESS").token, true))[0]!;
  const soldOut = items[1]!;
  expect((await kitchen.put(`/api/console/menus/items/${soldOut.id}/sold-out`, { data: { soldOut: true }, headers: { Origin: origin } })).status()).toBe(200);

  const id = items[0]!.id;
  const cases: [string, unknown, string, string?][] = [
    ...([0, 21, -1, 1.5, "2", null, 1e9, true] as unknown[]).map((q): [string, unknown, string, string] => [`quantity ${JSON.stringify(q)}`, { items: [{ item_id: id, quantity: q }] }, "VALIDATION_ERROR", "items.0.quantity"]),
    ["31 lines", { items: Array.from({ length: 31 }, () => ({ item_id: id, quantity: 1 })) }, "VALIDATION_ERROR", "items"],
    ["no lines", { items: [] }, "VALIDATION_ERROR", "items"],
    ["unknown item", { items: [{ item_id: randomUUID(), quantity: 1 }] }, "VALIDATION_ERROR", "items.0.item_id"],
    ["not an id", { items: [{ item_id: "burger", quantity: 1 }] }, "VALIDATION_ERROR", "items.0.item_id"],
    ["another hotel's item", { items: [{ item_id: otherItem.id, quantity: 1 }] }, "VALIDATION_ERROR", "items.0.item_id"],
    ["a breakfast-only item", { items: [{ item_id: breakfastOnly.id, quantity: 1 }] }, "VALIDATION_ERROR", "items.0.item_id"],
    ["a sold-out item", { items: [{ item_id: soldOut.id, quantity: 1 }] }, "NOT_AVAILABLE", "items.0.item_id"],
    ["501-char instructions", { items: [{ item_id: id, quantity: 1, instructions: "x".repeat(501) }] }, "VALIDATION_ERROR", "items.0.instructions"],
    ["notes too long", { ...one(), notes: "x".repeat(501) }, "VALIDATION_ERROR", "notes"],
    ["unknown option", { items: [{ item_id: id, quantity: 1, options: ["nope"] }] }, "VALIDATION_ERROR", "items.0.options"],
  ];
  const before = await orderFootprint(slug);
  for (const [name, data, code, field] of cases) {
    const res = await anon.post(orderPath(slug), { headers: bearer(token), data: data as Record<string, unknown> });
    expect(res.status(), name).toBe(400);
    const body = await res.json();
    expect(body.code, name).toBe(code);
    if (field) expect(Object.keys(body.fields ?? {}), name).toContain(field);
  }
  const malformed = await anon.post(orderPath(slug), { headers: { ...bearer(token), "Content-Type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);
  expect(await orderFootprint(slug)).toEqual(before);
  expect((await kitchen.put(`/api/console/menus/items/${soldOut.id}/sold-out`, { data: { soldOut: false }, headers: { Origin: origin } })).status()).toBe(200);
});

test("Idempotency-Key: a retry and 20 parallel twins make one order; the key with another body is 422", async () => {
  const before = (await ordersOfBooking(james.booking.reference)).length;
  const key = `e2e-${randomUUID()}`;
  const send = (data: unknown) => anon.post(orderPath(slug), { headers: { ...bearer(token), "Idempotency-Key": key }, data: data as Record<string, unknown> });
  const first = await send(one());
  expect(first.status()).toBe(201);
  const firstBody = await first.json();
  const retry = await send(one());
  expect(await retry.json()).toEqual(firstBody);
  expect((await ordersOfBooking(james.booking.reference)).length).toBe(before + 1);

  const reused = await send({ items: [{ item_id: items[0]!.id, quantity: 3 }] });
  expect(reused.status()).toBe(422);
  expect((await reused.json()).code).toBe("IDEMPOTENCY_KEY_REUSED");

  const parallelKey = `e2e-${randomUUID()}`;
  const results = await Promise.all(Array.from({ length: 20 }, () => anon.post(orderPath(slug), { headers: { ...bearer(token), "Idempotency-Key": parallelKey }, data: one() })));
  const bodies = await Promise.all(results.map((r) => r.json()));
  expect(results.map((r) => r.status()).filter((s) => s !== 201)).toEqual([]);
  expect(new Set(bodies.map((b) => b.order_id)).size).toBe(1);
  expect((await ordersOfBooking(james.booking.reference)).length).toBe(before + 2);

  const bad = await anon.post(orderPath(slug), { headers: { ...bearer(token), "Idempotency-Key": "short" }, data: one() });
  expect(bad.status()).toBe(400);
});

test("the guest cancels while pending; after that (or once accepted) it is 409 INVALID_TRANSITION", async () => {
  const placed = await (await anon.post(orderPath(slug), { headers: bearer(token), data: one() })).json();
  const cancel = await anon.post(ordersPath(slug, placed.order_id, "cancel"), { headers: bearer(token), data: {} });
  expect(cancel.status()).toBe(200);
  expect((await cancel.json()).order).toMatchObject({ status: "CANCELLED", cancelled_by: "GUEST", can_cancel: false });
  const again = await anon.post(ordersPath(slug, placed.order_id, "cancel"), { headers: bearer(token), data: {} });
  expect(again.status()).toBe(409);
  expect((await again.json()).code).toBe("INVALID_TRANSITION");

  const next = await (await anon.post(orderPath(slug), { headers: bearer(token), data: one() })).json();
  expect((await kitchen.post(`/api/console/orders/${next.order_id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING" }, headers: { Origin: origin } })).status()).toBe(200);
  const late = await anon.post(ordersPath(slug, next.order_id, "cancel"), { headers: bearer(token), data: {} });
  expect(late.status()).toBe(409);
  expect((await late.json()).code).toBe("INVALID_TRANSITION");
  expect(await anon.get(ordersPath(slug, "not-a-uuid"), { headers: bearer(token) }).then((r) => r.status())).toBe(400);
});

test("staff order API: every role reads and moves orders, the kitchen sees no full name or contact; another hotel gets 404", async () => {
  const placed = await (await anon.post(orderPath(slug), { headers: bearer(token), data: one() })).json();
  const url = `/api/console/orders/${placed.order_id}`;
  const post = (ctx: APIRequestContext, data: unknown) => ctx.post(`${url}/status`, { data: data as Record<string, unknown>, headers: { Origin: origin } });

  expect((await anon.get("/api/console/orders")).status()).toBe(401);
  expect((await post(anon, { status: "ACCEPTED", from_status: "PENDING" })).status()).toBe(401);

  for (const ctx of [admin, desk, kitchen]) {
    const list = await ctx.get("/api/console/orders?status=PENDING&type=ROOM_SERVICE");
    expect(list.status()).toBe(200);
    expect((await list.json()).orders.map((o: { order_id: string }) => o.order_id)).toContain(placed.order_id);
  }
  const asKitchen = (await (await kitchen.get(url)).json()).order;
  const asDesk = (await (await desk.get(url)).json()).order;
  const [first, last] = james.booking.guest_name.split(" ");
  expect(asKitchen).toMatchObject({ booking_ref: james.booking.reference, room_number: james.booking.room_number, guest: { first_name: first, initial: last![0] }, placed_via: { purpose: "FULL_ACCESS", label: "Demo link" } });
  expect(asKitchen.guest.full_name).toBeUndefined();
  expect(asDesk.guest.full_name).toBe(james.booking.guest_name);
  for (const o of [asKitchen, asDesk]) {
    const text = JSON.stringify(o);
    expect(text).not.toContain("@example.com");
    expect(text).not.toContain(token);
  }

  // Another hotel's staff: not found, and the order does not move.
  expect((await otherDesk.get(url)).status()).toBe(404);
  expect((await post(otherDesk, { status: "ACCEPTED", from_status: "PENDING" })).status()).toBe(404);
  expect((await (await otherDesk.get("/api/console/orders")).json()).orders.map((o: { order_id: string }) => o.order_id)).not.toContain(placed.order_id);

  // Bad input.
  for (const [q, why] of [["status=LOST", "status"], ["type=DINNER", "type"], ["date=2026-02-30", "date"], ["page=2", "unknown"]] as const) expect((await admin.get(`/api/console/orders?${q}`)).status(), why).toBe(400);
  expect((await admin.get("/api/console/orders/not-a-uuid")).status()).toBe(400);
  expect((await post(admin, { status: "SHIPPED", from_status: "PENDING" })).status()).toBe(400);
  expect((await post(admin, { status: "CANCELLED", from_status: "PENDING" })).status()).toBe(400); // no reason
  expect((await post(admin, { status: "READY", from_status: "PENDING", eta_minutes: 10 })).status()).toBe(400);
  expect((await post(admin, { status: "ACCEPTED", from_status: "PENDING", eta_minutes: 0 })).status()).toBe(400);
  expect((await post(admin, { status: "ACCEPTED" })).status()).toBe(400); // no from_status
  expect((await post(admin, { status: "ACCEPTED", from_status: "LOST" })).status()).toBe(400);

  // The kitchen accepts with a new promise; the first one is kept.
  const accepted = await post(kitchen, { status: "ACCEPTED", from_status: "PENDING", eta_minutes: 40 });
  expect(accepted.status()).toBe(200);
  const a = (await accepted.json()).order;
  expect(a.promised_at).toBe(placed.estimated_delivery);
  expect(Date.parse(a.estimated_delivery) - Date.parse(a.status_times.accepted_at)).toBe(40 * 60_000);
  const back = await post(desk, { status: "PENDING", from_status: "ACCEPTED" });
  expect(back.status()).toBe(409);
  expect((await back.json()).code).toBe("INVALID_TRANSITION");
  expect((await post(desk, { status: "CANCELLED", from_status: "ACCEPTED", reason: "Kitchen closed early" })).status()).toBe(200);
  const seen = (await (await anon.get(ordersPath(slug, placed.order_id), { headers: bearer(token) })).json()).order;
  expect(seen).toMatchObject({ status: "CANCELLED", cancel_reason: "Kitchen closed early", cancelled_by: "STAFF" });
  expect((await post(admin, { status: "ACCEPTED", from_status: "CANCELLED" })).status()).toBe(409);
});

test("a stale screen's move is refused: the bump names the status it moves from, 409 STATUS_CHANGED when the order has left it", async () => {
  const placed = await (await anon.post(orderPath(slug), { headers: bearer(token), data: one() })).json();
  const move = (ctx: APIRequestContext, data: Record<string, unknown>) => ctx.post(`/api/console/orders/${placed.order_id}/status`, { data, headers: { Origin: origin } });
  for (const [from, to] of [["PENDING", "ACCEPTED"], ["ACCEPTED", "PREPARING"], ["PREPARING", "READY"]]) expect((await move(kitchen, { status: to, from_status: from })).status()).toBe(200);
  // Tablet B recalls READY → PREPARING; tablet A still shows READY and bumps it on to DELIVERING.
  expect((await move(kitchen, { status: "PREPARING", from_status: "READY" })).status()).toBe(200);
  const stale = await move(kitchen, { status: "DELIVERING", from_status: "READY" });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ code: "STATUS_CHANGED" });
  const order = (await (await kitchen.get(`/api/console/orders/${placed.order_id}`)).json()).order;
  expect(order.status).toBe("PREPARING");
  expect((await move(desk, { status: "CANCELLED", from_status: "PREPARING", reason: "Test done" })).status()).toBe(200);
});
