import { request as pwRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { withSql } from "./db";
import { expect, issueLink, revokeLink, seedIsolated, test, type SeedDocument } from "./fixtures";
import { bearer, inHouse } from "./orders-helpers";
import { signedInApi } from "./staff-helpers";

// Service requests and the hotel guide over real HTTP (docs/requests.md): the guest API's
// answers and refusals (nothing written on any of them), the console's role matrix with a
// housekeeping colleague, late check-out approval, do-not-disturb, the guide's Wi-Fi rule and
// who may listen on the staff-requests channel.

let seed: SeedDocument;
let origin: string;
let slug: string;
let anon: APIRequestContext;
let admin: APIRequestContext;
let desk: APIRequestContext;
let kitchen: APIRequestContext;
let housekeeping: APIRequestContext;
let otherDesk: APIRequestContext;
let james: ReturnType<typeof inHouse>;
let token: string;
let types: { id: string; kind: string; name: string; options: { items?: { key: string; max: number }[] } }[];

const staff = (role: string, hotel = 0) => seed.staff.find((x) => x.role === role && x.hotel_slug === seed.hotels[hotel]!.slug)!;
const linkOfState = (state: string, hotel = 0) => {
  const b = seed.bookings.find((x) => x.hotel_slug === seed.hotels[hotel]!.slug && x.state === state)!;
  return seed.links.find((l) => l.booking === b.reference && l.purpose === "FULL_ACCESS")!.token;
};
const base = (s = slug) => `/api/public/hotel/${s}`;
const typeOf = (kind: string) => types.find((t) => t.kind === kind)!.id;
const towels = () => ({ type_id: typeOf("AMENITIES"), items: [{ key: "bath_towels", quantity: 2 }] });
const withOrigin = { Origin: "" };

/** Requests and request events of a hotel: a refused call leaves both unchanged. */
async function requestFootprint(hotelSlug: string) {
  return withSql(async (sql) => {
    const [r] = await sql`
      select (select count(*)::int from service_requests s join hotels h on h.id = s.hotel_id where h.slug = ${hotelSlug}) as requests,
             (select count(*)::int from outbox_events where (name like 'request.%' or name = 'room.do_not_disturb') and channels ? ${`private-${hotelSlug}.staff-requests`}) as events,
             (select count(*)::int from bookings b join hotels h on h.id = b.hotel_id where h.slug = ${hotelSlug} and (b.do_not_disturb_since is not null or b.late_checkout_time is not null)) as marked`;
    return r as { requests: number; events: number; marked: number };
  });
}

async function housekeeper(baseURL: string): Promise<APIRequestContext> {
  const email = `hk-${randomBytes(4).toString("hex")}@example.com`;
  const password = "housekeeping-password-1";
  const added = await admin.post("/api/console/staff", { data: { email, name: "Hana Keeper", role: "HOUSEKEEPING", password }, headers: withOrigin });
  expect(added.status()).toBe(202);
  const ctx = await signedInApi(baseURL, { email, password });
  const { invitations } = (await (await ctx.get("/api/console/invitations")).json()) as { invitations: { id: string }[] };
  expect((await ctx.post(`/api/console/invitations/${invitations[0]!.id}/accept`, { headers: withOrigin })).status()).toBe(200);
  return ctx;
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`q${randomBytes(3).toString("hex")}`);
  origin = baseURL!;
  withOrigin.Origin = origin;
  slug = seed.hotels[0]!.slug;
  james = inHouse(seed);
  token = james.link("FULL_ACCESS").token;
  anon = await pwRequest.newContext({ baseURL });
  admin = await signedInApi(baseURL!, staff("ADMIN"));
  desk = await signedInApi(baseURL!, staff("FRONT_DESK"));
  kitchen = await signedInApi(baseURL!, staff("KITCHEN"));
  otherDesk = await signedInApi(baseURL!, staff("FRONT_DESK", 1));
  housekeeping = await housekeeper(baseURL!);
  const res = await anon.get(`${base()}/requests/types/`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  types = (await res.json()).types;
});

test.afterAll(async () => {
  for (const c of [anon, admin, desk, kitchen, housekeeping, otherDesk]) await c?.dispose();
});

test("an in-house guest reads the types in their language, asks, lists, reads and cancels", async () => {
  expect(types.map((t) => t.kind)).toEqual(["AMENITIES", "CLEANING", "MAINTENANCE", "WAKE_UP", "LATE_CHECKOUT"]);
  const de = await (await anon.get(`${base()}/requests/types/?lang=de`, { headers: bearer(token) })).json();
  expect(de).toMatchObject({ check_out_time: "11:00", late_checkout_time: null, do_not_disturb: { on: false, since: null } });
  expect(de.types[0]).toMatchObject({ name: "Handtücher & Pflegeartikel", department: "HOUSEKEEPING", target_minutes: 20, available: true });
  expect(de.types[0].options.items[0]).toEqual({ key: "bath_towels", label: "Badetücher", max: 4 });

  const res = await anon.post(`${base()}/requests/`, { headers: bearer(token), data: { ...towels(), note: "Please knock" } });
  expect(res.status()).toBe(201);
  const { success, request } = await res.json();
  expect(success).toBe(true);
  expect(request).toMatchObject({ kind: "AMENITIES", name: "Towels & amenities", status: "NEW", status_label: "Received", note: "Please knock", can_cancel: true, late: false, due: false, details: { items: [{ key: "bath_towels", label: "Bath towels", quantity: 2 }] } });
  for (const k of ["id", "type_id", "department", "promised_at", "due_at", "staff_first_name", "decline_reason", "created_at", "updated_at", "acknowledged_at", "done_at"]) expect(request).toHaveProperty(k);

  const list = await (await anon.get(`${base()}/requests/`, { headers: bearer(token) })).json();
  expect(list.requests[0].id).toBe(request.id);
  expect(list.do_not_disturb).toEqual({ on: false, since: null });
  expect((await (await anon.get(`${base()}/requests/${request.id}/`, { headers: bearer(token) })).json()).request.id).toBe(request.id);
  const cancelled = await anon.post(`${base()}/requests/${request.id}/cancel/`, { headers: bearer(token), data: {} });
  expect(cancelled.status()).toBe(200);
  expect((await cancelled.json()).request).toMatchObject({ status: "CANCELLED", can_cancel: false });
  const again = await anon.post(`${base()}/requests/${request.id}/cancel/`, { headers: bearer(token), data: {} });
  expect(again.status()).toBe(409);
  expect((await again.json()).code).toBe("INVALID_TRANSITION");
});

test("the guest security matrix: one answer per refusal, nothing written", async () => {
  const rows = await withSql((sql) => sql`select s.id from service_requests s join bookings b on b.id = s.booking_id where b.reference = ${james.booking.reference} limit 1`);
  const requestId = rows[0]!.id as string;
  const revoked = await issueLink(james.booking.reference);
  await revokeLink(revoked.link_id);
  const chatOnly = (await issueLink(james.booking.reference, { purpose: "CHAT" })).token;
  const noOrders = (await issueLink(james.booking.reference, { canOrderServices: false })).token;
  type Case = { name: string; token?: string; post: [number, string]; read: [number, string?]; cancel: [number, string?] };
  const cases: Case[] = [
    { name: "no token", post: [401, "TOKEN_REQUIRED"], read: [401, "TOKEN_REQUIRED"], cancel: [401, "TOKEN_REQUIRED"] },
    { name: "bad token", token: "x".repeat(43), post: [403, "INVALID_TOKEN"], read: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    { name: "revoked", token: revoked.token, post: [403, "INVALID_TOKEN"], read: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    { name: "other hotel", token: inHouse(seed, 1).link("FULL_ACCESS").token, post: [403, "INVALID_TOKEN"], read: [403, "INVALID_TOKEN"], cancel: [403, "INVALID_TOKEN"] },
    { name: "STATUS link", token: james.link("STATUS").token, post: [403, "MISSING_SCOPE"], read: [403, "MISSING_SCOPE"], cancel: [403, "MISSING_SCOPE"] },
    { name: "CHAT link", token: chatOnly, post: [403, "MISSING_SCOPE"], read: [403, "MISSING_SCOPE"], cancel: [403, "MISSING_SCOPE"] },
    { name: "can_order_services off", token: noOrders, post: [403, "MISSING_SCOPE"], read: [403, "MISSING_SCOPE"], cancel: [403, "MISSING_SCOPE"] },
    { name: "departed (other booking)", token: linkOfState("departed"), post: [400, "NOT_DURING_STAY"], read: [404, "NOT_FOUND"], cancel: [404, "NOT_FOUND"] },
    { name: "arriving (other booking)", token: linkOfState("arriving"), post: [400, "NOT_DURING_STAY"], read: [404, "NOT_FOUND"], cancel: [404, "NOT_FOUND"] },
  ];
  const before = await requestFootprint(slug);
  for (const c of cases) {
    const headers = c.token ? bearer(c.token) : undefined;
    const check = async (label: string, res: APIResponse, [status, code]: [number, string?]) => {
      expect(res.status(), `${c.name}: ${label}`).toBe(status);
      if (code) expect((await res.json()).code, `${c.name}: ${label}`).toBe(code);
    };
    await check("POST", await anon.post(`${base()}/requests/`, { headers, data: towels() }), c.post);
    await check("GET one", await anon.get(`${base()}/requests/${requestId}/`, { headers }), c.read);
    await check("cancel", await anon.post(`${base()}/requests/${requestId}/cancel/`, { headers, data: {} }), c.cancel);
    if (c.read[0] !== 404) {
      await check("GET list", await anon.get(`${base()}/requests/`, { headers }), c.read);
      await check("GET types", await anon.get(`${base()}/requests/types/`, { headers }), c.read);
      await check("do-not-disturb", await anon.post(`${base()}/requests/do-not-disturb/`, { headers, data: { on: true } }), c.read);
    }
  }
  // Before arrival a late check-out may be asked (and only that).
  const arriving = linkOfState("arriving");
  const late = await anon.post(`${base()}/requests/`, { headers: bearer(arriving), data: { type_id: typeOf("LATE_CHECKOUT"), checkout_time: "12:00" } });
  expect(late.status()).toBe(201);
  expect(await requestFootprint(slug)).toEqual({ ...before, requests: before.requests + 1, events: before.events + 1 });
});

test("bad input: each rule its own 400 with the field, nothing written; other methods 405", async () => {
  const otherHotelType = (await (await anon.get(`${base(seed.hotels[1]!.slug)}/requests/types/`, { headers: bearer(inHouse(seed, 1).link("FULL_ACCESS").token) })).json()).types[0].id;
  const cases: [string, Record<string, unknown>, string][] = [
    ["no type", {}, "type_id"],
    ["not an id", { type_id: "towels" }, "type_id"],
    ["another hotel's type", { ...towels(), type_id: otherHotelType }, "type_id"],
    ["an unknown type", { ...towels(), type_id: randomUUID() }, "type_id"],
    ["unknown item", { type_id: typeOf("AMENITIES"), items: [{ key: "robe", quantity: 1 }] }, "items.0.key"],
    ["over the max", { type_id: typeOf("AMENITIES"), items: [{ key: "pillows", quantity: 3 }] }, "items.0.quantity"],
    ["a fraction", { type_id: typeOf("AMENITIES"), items: [{ key: "pillows", quantity: 1.5 }] }, "items.0.quantity"],
    ["quantity as text", { type_id: typeOf("AMENITIES"), items: [{ key: "pillows", quantity: "2" }] }, "items.0.quantity"],
    ["no items", { type_id: typeOf("AMENITIES"), items: [] }, "items"],
    ["cleaning when?", { type_id: typeOf("CLEANING"), cleaning: "LATER" }, "cleaning"],
    ["a repair not described", { type_id: typeOf("MAINTENANCE"), description: "x" }, "description"],
    ["wake-up yesterday", { type_id: typeOf("WAKE_UP"), wake_at: "2020-01-01T07:00" }, "wake_at"],
    ["wake-up malformed", { type_id: typeOf("WAKE_UP"), wake_at: "7am" }, "wake_at"],
    ["wake-up after check-out", { type_id: typeOf("WAKE_UP"), wake_at: `${james.booking.check_out}T11:01` }, "wake_at"],
    ["late check-out too early", { type_id: typeOf("LATE_CHECKOUT"), checkout_time: "10:30" }, "checkout_time"],
    ["late check-out too late", { type_id: typeOf("LATE_CHECKOUT"), checkout_time: "15:00" }, "checkout_time"],
    ["note too long", { ...towels(), note: "x".repeat(501) }, "note"],
  ];
  const before = await requestFootprint(slug);
  for (const [name, data, field] of cases) {
    const res = await anon.post(`${base()}/requests/`, { headers: bearer(token), data });
    expect(res.status(), name).toBe(400);
    const b = await res.json();
    expect(b.code, name).toBe("VALIDATION_ERROR");
    expect(Object.keys(b.fields ?? {}), name).toContain(field);
  }
  expect((await anon.post(`${base()}/requests/`, { headers: { ...bearer(token), "Content-Type": "application/json" }, data: "{nope" })).status()).toBe(400);
  expect((await anon.post(`${base()}/requests/do-not-disturb/`, { headers: bearer(token), data: { on: "yes" } })).status()).toBe(400);
  expect((await anon.get(`${base()}/requests/not-a-uuid/`, { headers: bearer(token) })).status()).toBe(400);
  expect((await anon.get(`${base()}/requests/${randomUUID()}/`, { headers: bearer(token) })).status()).toBe(404);
  expect((await anon.post(`${base()}/requests/`, { headers: { ...bearer(token), "Idempotency-Key": "short" }, data: towels() })).status()).toBe(400);
  expect(await requestFootprint(slug)).toEqual(before);

  const refused: [string, string][] = [
    ["PUT", "/requests/"],
    ["DELETE", "/requests/"],
    ["POST", "/requests/types/"],
    ["PATCH", `/requests/${randomUUID()}/`],
    ["GET", `/requests/${randomUUID()}/cancel/`],
    ["GET", "/requests/do-not-disturb/"],
    ["POST", "/guide/"],
  ];
  for (const [method, path] of refused) {
    const res = await anon.fetch(`${base()}${path}`, { method, headers: bearer(token) });
    expect(res.status(), `${method} ${path}`).toBe(405);
  }
  expect((await admin.fetch("/api/console/requests", { method: "DELETE", headers: withOrigin })).status()).toBe(405);
});

test("Idempotency-Key: a retry answers the same request and makes one row", async () => {
  const key = `req-${randomUUID()}`;
  const send = (data: Record<string, unknown>) => anon.post(`${base()}/requests/`, { headers: { ...bearer(token), "Idempotency-Key": key }, data });
  const before = await requestFootprint(slug);
  const first = await send({ type_id: typeOf("CLEANING"), cleaning: "SKIP_TODAY" });
  const retry = await send({ type_id: typeOf("CLEANING"), cleaning: "SKIP_TODAY" });
  expect(first.status()).toBe(201);
  expect((await retry.json()).request.id).toBe((await first.json()).request.id);
  expect((await requestFootprint(slug)).requests).toBe(before.requests + 1);
  const reused = await send({ type_id: typeOf("CLEANING"), cleaning: "NOW" });
  expect(reused.status()).toBe(422);
});

test("the console: roles, departments, stale screens, late check-out approval", async () => {
  const place = async (data: Record<string, unknown>) => (await (await anon.post(`${base()}/requests/`, { headers: bearer(token), data })).json()).request;
  const fix = await place({ type_id: typeOf("MAINTENANCE"), description: "The lamp flickers" });
  const late = await place({ type_id: typeOf("LATE_CHECKOUT"), checkout_time: "13:00" });
  const move = (ctx: APIRequestContext, id: string, data: Record<string, unknown>) => ctx.post(`/api/console/requests/${id}/status`, { data, headers: withOrigin });

  expect((await anon.get("/api/console/requests")).status()).toBe(401);
  expect((await kitchen.get("/api/console/requests")).status()).toBe(403);
  const deskList = await (await desk.get("/api/console/requests")).json();
  expect(deskList.requests.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([fix.id, late.id]));
  expect(Object.keys(deskList.counts).sort()).toEqual(["FRONT_DESK", "HOUSEKEEPING", "MAINTENANCE"]);
  expect(deskList.counts.MAINTENANCE.open).toBeGreaterThanOrEqual(1);
  const mine = deskList.requests.find((r: { id: string }) => r.id === fix.id);
  expect(mine).toMatchObject({ booking_ref: james.booking.reference, room_number: james.booking.room_number, guest: { full_name: james.booking.guest_name } });
  expect(JSON.stringify(deskList)).not.toContain("@example.com");

  const hkList = await (await housekeeping.get("/api/console/requests?status=all")).json();
  const hkIds = hkList.requests.map((r: { id: string }) => r.id);
  expect(hkIds).toContain(fix.id);
  expect(hkIds).not.toContain(late.id);
  expect(hkList.requests.every((r: { department: string }) => r.department !== "FRONT_DESK")).toBe(true);
  expect(Object.keys(hkList.counts).sort()).toEqual(["HOUSEKEEPING", "MAINTENANCE"]);
  expect(hkList.requests.find((r: { id: string }) => r.id === fix.id).guest.full_name).toBeUndefined();
  expect((await housekeeping.get("/api/console/requests?department=FRONT_DESK")).status()).toBe(403);
  expect((await housekeeping.get(`/api/console/requests/${late.id}`)).status()).toBe(404);
  expect((await move(housekeeping, late.id, { status: "DONE", from_status: "NEW" })).status()).toBe(404);
  expect((await move(otherDesk, fix.id, { status: "ACKNOWLEDGED", from_status: "NEW" })).status()).toBe(404);
  for (const q of ["status=lost", "department=KITCHEN", "before=nope", "sort=oldest"]) expect((await desk.get(`/api/console/requests?${q}`)).status(), q).toBe(400);
  expect((await move(desk, fix.id, { status: "DECLINED", from_status: "NEW" })).status()).toBe(400);
  expect((await move(desk, fix.id, { status: "SHIPPED", from_status: "NEW" })).status()).toBe(400);
  expect((await move(desk, "not-a-uuid", { status: "DONE", from_status: "NEW" })).status()).toBe(400);

  const accepted = await move(housekeeping, fix.id, { status: "ACKNOWLEDGED", from_status: "NEW" });
  expect(accepted.status()).toBe(200);
  expect((await accepted.json()).request).toMatchObject({ status: "ACKNOWLEDGED", assigned_staff: { name: "Hana Keeper" } });
  const stale = await move(desk, fix.id, { status: "ACKNOWLEDGED", from_status: "NEW" });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).code).toBe("STATUS_CHANGED");
  const backwards = await move(desk, fix.id, { status: "NEW", from_status: "ACKNOWLEDGED" });
  expect((await backwards.json()).code).toBe("INVALID_TRANSITION");
  expect((await (await anon.get(`${base()}/requests/${fix.id}/`, { headers: bearer(token) })).json()).request.staff_first_name).toBe("Hana");

  // The desk approves the late check-out: the booking's check-out time moves.
  expect((await move(desk, late.id, { status: "DONE", from_status: "NEW" })).status()).toBe(200);
  expect((await (await anon.get(`${base()}/requests/types/`, { headers: bearer(token) })).json()).late_checkout_time).toBe("13:00");
  // The booking's own answer says the new time too (the portal's stay card reads it).
  const bookingNow = (await (await anon.get(`${base()}/booking/`, { headers: bearer(token) })).json()) as { booking: { check_out_time: string; late_checkout_time: string | null } };
  expect(bookingNow.booking).toMatchObject({ check_out_time: "13:00", late_checkout_time: "13:00" });
  const [audit] = await withSql((sql) => sql`select e.kind from booking_events e join bookings b on b.id = e.booking_id where b.reference = ${james.booking.reference} and e.kind = 'late_checkout_approved'`);
  expect(audit).toBeTruthy();
});

test("do-not-disturb: the guest switches it, housekeeping sees the room; a stay not in house cannot", async () => {
  const on = await anon.post(`${base()}/requests/do-not-disturb/`, { headers: bearer(token), data: { on: true } });
  expect(on.status()).toBe(200);
  expect((await on.json()).do_not_disturb).toMatchObject({ on: true, since: expect.any(String) });
  const rooms = (await (await housekeeping.get("/api/console/requests")).json()).rooms_do_not_disturb;
  expect(rooms.map((r: { room_number: string }) => r.room_number)).toContain(james.booking.room_number);
  expect((await (await anon.get(`${base()}/requests/`, { headers: bearer(token) })).json()).do_not_disturb.on).toBe(true);
  const off = await anon.post(`${base()}/requests/do-not-disturb/`, { headers: bearer(token), data: { on: false } });
  expect((await off.json()).do_not_disturb).toEqual({ on: false, since: null });
  const arriving = await anon.post(`${base()}/requests/do-not-disturb/`, { headers: bearer(linkOfState("arriving")), data: { on: true } });
  expect(arriving.status()).toBe(400);
  expect((await arriving.json()).code).toBe("NOT_DURING_STAY");
});

test("the guide: the admin writes it, the Wi-Fi goes only to guests in house", async () => {
  const guide = { wifi: { network: "Guest-Net", password: "sea-breeze-42" }, hours: [{ key: "breakfast", label: "Breakfast", value: "07:00–10:30" }], contacts: [{ label: "Reception", value: "+351 21 000 0000" }], houseRules: "Quiet after 22:00.", tips: [{ title: "Tram 28", text: "Stops at the corner." }], translations: { pt: { hours: { breakfast: "Pequeno-almoço" } } } };
  expect((await desk.put("/api/console/hotel/guide", { data: { guide }, headers: withOrigin })).status()).toBe(403);
  expect((await housekeeping.get("/api/console/hotel/guide")).status()).toBe(403);
  expect((await admin.put("/api/console/hotel/guide", { data: { guide: { ...guide, hours: [{ key: "Bad Key", label: "x", value: "y" }] } }, headers: withOrigin })).status()).toBe(400);
  const saved = await admin.put("/api/console/hotel/guide", { data: { guide }, headers: withOrigin });
  expect(saved.status()).toBe(200);
  expect((await (await desk.get("/api/console/hotel/guide")).json())).toMatchObject({ guide: { wifi: guide.wifi }, checkOutTime: "11:00" });

  const inHouseGuide = await (await anon.get(`${base()}/guide/?lang=pt`, { headers: bearer(james.link("STATUS").token) })).json();
  expect(inHouseGuide).toMatchObject({ wifi: guide.wifi, hours: [{ key: "breakfast", label: "Pequeno-almoço" }], house_rules: "Quiet after 22:00.", late_checkout_time: "13:00" });
  for (const state of ["arriving", "departed"]) {
    const res = await anon.get(`${base()}/guide/`, { headers: bearer(linkOfState(state)) });
    expect(res.status(), state).toBe(200);
    const body = await res.json();
    expect(body.wifi, state).toBeNull();
    expect(JSON.stringify(body), state).not.toContain("sea-breeze-42");
  }
  expect((await anon.get(`${base()}/guide/`)).status()).toBe(401);
});

test("request types: ADMIN lists, adds and edits; others may not; a late check-out stays with the desk", async () => {
  expect((await desk.get("/api/console/request-types")).status()).toBe(403);
  const list = await (await admin.get("/api/console/request-types")).json();
  expect(list.types).toHaveLength(5);
  const created = await admin.post("/api/console/request-types", { data: { kind: "OTHER", name: "Anything else", department: "FRONT_DESK", targetMinutes: 15, translations: { de: { name: "Sonstiges" } } }, headers: withOrigin });
  expect(created.status()).toBe(201);
  const type = (await created.json()).type;
  expect((await (await anon.get(`${base()}/requests/types/?lang=de`, { headers: bearer(token) })).json()).types.map((t: { name: string }) => t.name)).toContain("Sonstiges");
  const off = await admin.patch(`/api/console/request-types/${type.id}`, { data: { active: false }, headers: withOrigin });
  expect(off.status()).toBe(200);
  const inactive = await anon.post(`${base()}/requests/`, { headers: bearer(token), data: { type_id: type.id, note: "An iron" } });
  expect((await inactive.json()).fields).toHaveProperty("type_id");
  const lateType = list.types.find((t: { kind: string }) => t.kind === "LATE_CHECKOUT").id;
  expect((await admin.patch(`/api/console/request-types/${lateType}`, { data: { department: "HOUSEKEEPING" }, headers: withOrigin })).status()).toBe(400);
  expect((await admin.patch(`/api/console/request-types/${lateType}`, { data: { kind: "OTHER" }, headers: withOrigin })).status()).toBe(400);
  expect((await admin.patch(`/api/console/request-types/${randomUUID()}`, { data: { active: true }, headers: withOrigin })).status()).toBe(404);
  expect((await otherDesk.patch(`/api/console/request-types/${lateType}`, { data: { active: false }, headers: withOrigin })).status()).toBe(403);
});

test("housekeeping may listen on staff-requests, never on staff-chat, staff-orders or staff-bookings", async () => {
  const auth = (ctx: APIRequestContext, channel: string) => ctx.post("/api/public/pusher/auth/", { form: { socket_id: "1234.5678", channel_name: channel, identity: "staff" } });
  expect((await auth(housekeeping, `private-${slug}.staff-requests`)).status()).toBe(200);
  for (const kind of ["chat", "orders", "bookings"]) expect((await auth(housekeeping, `private-${slug}.staff-${kind}`)).status(), kind).toBe(403);
  expect((await auth(housekeeping, `private-${seed.hotels[1]!.slug}.staff-requests`)).status()).toBe(403);
  expect((await auth(kitchen, `private-${slug}.staff-requests`)).status()).toBe(403);
  expect((await auth(desk, `private-${slug}.staff-requests`)).status()).toBe(200);
});
