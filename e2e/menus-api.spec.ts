import { request as pwRequest, type APIRequestContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { withSql } from "./db";
import { expect, issueLink, revokeLink, seedIsolated, test, type SeedDocument } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// The guest menu endpoints and the console menu API over real HTTP. This spec seeds its own
// hotels, because it moves the first hotel's room-service hours around the current time.

type MenuItemJson = { id: string; name: string; price: string; price_minor: number; currency: string; tags: string[]; allergens: string[]; options: { id: string; name: string; required: boolean; choices: { id: string; label: string; price: string; price_minor: number }[] }[]; available: boolean; unavailable_code: string | null; unavailable_reason: string | null; available_again_at: string | null; sold_out: boolean };
type MenuJson = { menu: string; currency: string; channel: string; categories: { id: string; name: string; items: MenuItemJson[] }[] };

const itemsOf = (m: MenuJson) => m.categories.flatMap((c) => c.items);
const hhmm = (d: Date, tz: string) => new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
const menuPath = (slug: string, menu: "room-services" | "breakfast") => `/api/public/hotel/${slug}/${menu}/menu/`;

let seed: SeedDocument;
let admin: APIRequestContext;
let desk: APIRequestContext;
let kitchen: APIRequestContext;
let otherDesk: APIRequestContext;
let anon: APIRequestContext;
let slug: string;
let guestToken: string;
let ref: string;

const staff = (role: string, hotel = 0) => {
  const s = seed.staff.find((x) => x.role === role && x.hotel_slug === seed.hotels[hotel]!.slug);
  if (!s) throw new Error(`no ${role}`);
  return s;
};

async function menuEvents(hotelSlug: string): Promise<number> {
  return withSql(async (sql) => {
    const [r] = await sql`select count(*)::int as n from outbox_events where name = 'menu.changed' and payload->>'hotel' = ${hotelSlug}`;
    return r!.n as number;
  });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`m${randomBytes(3).toString("hex")}`);
  slug = seed.hotels[0]!.slug;
  admin = await signedInApi(baseURL!, staff("ADMIN"));
  desk = await signedInApi(baseURL!, staff("FRONT_DESK"));
  kitchen = await signedInApi(baseURL!, staff("KITCHEN"));
  otherDesk = await signedInApi(baseURL!, staff("FRONT_DESK", 1));
  anon = await pwRequest.newContext({ baseURL });
  const inHouse = seed.bookings.find((b) => b.hotel_slug === slug && b.state === "in_house")!;
  ref = inHouse.reference;
  guestToken = seed.links.find((l) => l.booking === ref && l.purpose === "FULL_ACCESS")!.token;
  // Room service open from two hours ago to three hours ahead (hotel time), whenever this runs.
  const tz = seed.hotels[0]!.timezone;
  const { hotel } = await (await admin.get("/api/console/hotel")).json();
  const settings = { ...hotel, roomServiceOpens: hhmm(new Date(Date.now() - 2 * 3600_000), tz), roomServiceCloses: hhmm(new Date(Date.now() + 3 * 3600_000), tz) };
  const put = await admin.put("/api/console/hotel", { data: settings });
  expect(put.status()).toBe(200);
});

test.afterAll(async () => {
  for (const c of [admin, desk, kitchen, otherDesk, anon]) await c?.dispose();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

test("the seeded menus: 12+ room-service items in 3+ categories with options, 8+ breakfast items", async ({ request }) => {
  for (const [i, currency] of [[0, "EUR"], [1, "CHF"]] as const) {
    const hotelSlug = seed.hotels[i]!.slug;
    const token = seed.links.find((l) => l.hotel_slug === hotelSlug && l.purpose === "FULL_ACCESS" && seed.bookings.find((b) => b.reference === l.booking)?.state === "in_house")!.token;
    const rs = (await (await request.get(menuPath(hotelSlug, "room-services"), { headers: bearer(token) })).json()) as MenuJson;
    const bf = (await (await request.get(menuPath(hotelSlug, "breakfast"), { headers: bearer(token) })).json()) as MenuJson;
    expect(rs.currency).toBe(currency);
    expect(itemsOf(rs).length).toBeGreaterThanOrEqual(12);
    expect(rs.categories.length).toBeGreaterThanOrEqual(3);
    expect(itemsOf(rs).filter((x) => x.options.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(itemsOf(bf).length).toBeGreaterThanOrEqual(8);
    for (const item of [...itemsOf(rs), ...itemsOf(bf)]) {
      expect(item.price).toMatch(/^\d+\.\d{2}$/);
      expect(item.price).toBe(`${Math.floor(item.price_minor / 100)}.${String(item.price_minor % 100).padStart(2, "0")}`);
      expect(item.currency).toBe(currency);
    }
  }
});

test("items show price, options and whether they can be ordered now, and why not", async ({ request }) => {
  const { categories } = (await (await admin.get("/api/console/menus")).json()) as { categories: { id: string }[] };
  const tz = seed.hotels[0]!.timezone;
  const from = hhmm(new Date(Date.now() + 60 * 60_000), tz);
  const until = hhmm(new Date(Date.now() + 120 * 60_000), tz);
  const cat = categories[0]!.id;
  const create = async (data: Record<string, unknown>) => {
    const r = await admin.post("/api/console/menus/items", { data: { categoryId: cat, ...data } });
    expect(r.status(), JSON.stringify(await r.json())).toBe(201);
    return ((await r.json()) as { item: { id: string } }).item.id;
  };
  const now = await create({ name: "E2E burger", priceMinor: 1234, dietaryTags: ["spicy"], allergens: ["gluten"], optionGroups: [{ name: "Extras", choices: [{ label: "+ bacon", priceDeltaMinor: 300 }] }, { name: "Bread", required: true, choices: [{ label: "White" }, { label: "Brown" }] }] });
  const later = await create({ name: "E2E late snack", priceMinor: 900, availableFrom: from, availableUntil: until });
  const sold = await create({ name: "E2E soup", priceMinor: 650, soldOut: true, onBreakfast: true });
  const bfOnly = await create({ name: "E2E pancakes", priceMinor: 1050, onRoomService: false, onBreakfast: true });

  const res = await request.get(menuPath(slug, "room-services"), { headers: bearer(guestToken) });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const rs = (await res.json()) as MenuJson;
  expect(rs).toMatchObject({ menu: "room_service", currency: "EUR", channel: `hotel-menu.${slug}` });
  const byId = new Map(itemsOf(rs).map((i) => [i.id, i]));
  expect(byId.get(now)).toMatchObject({
    name: "E2E burger",
    price: "12.34",
    price_minor: 1234,
    currency: "EUR",
    tags: ["spicy"],
    allergens: ["gluten"],
    available: true,
    unavailable_reason: null,
    options: [
      { name: "Extras", required: false, choices: [{ label: "+ bacon", price: "3.00", price_minor: 300 }] },
      { name: "Bread", required: true, choices: [{ label: "White", price: "0.00" }, { label: "Brown" }] },
    ],
  });
  expect(byId.get(later)).toMatchObject({ available: false, unavailable_code: "NOT_AVAILABLE_NOW", unavailable_reason: `available from ${from}`, available_again_at: from });
  expect(byId.get(sold)).toMatchObject({ available: false, sold_out: true, unavailable_code: "SOLD_OUT", unavailable_reason: "sold out", available_again_at: null });
  expect(byId.has(bfOnly)).toBe(false);

  const bf = (await (await request.get(menuPath(slug, "breakfast"), { headers: bearer(guestToken) })).json()) as MenuJson;
  const bfIds = new Set(itemsOf(bf).map((i) => i.id));
  expect(bf.menu).toBe("breakfast");
  expect(bfIds.has(bfOnly) && bfIds.has(sold) && !bfIds.has(now)).toBe(true);

  // A sold-out toggle applies to the very next read.
  expect((await kitchen.put(`/api/console/menus/items/${now}/sold-out`, { data: { soldOut: true } })).status()).toBe(200);
  const after = (await (await request.get(menuPath(slug, "room-services"), { headers: bearer(guestToken) })).json()) as MenuJson;
  expect(itemsOf(after).find((i) => i.id === now)).toMatchObject({ sold_out: true, available: false, unavailable_reason: "sold out" });
  // A delete removes it from the guest menu at once.
  expect((await admin.delete(`/api/console/menus/items/${later}`)).status()).toBe(200);
  const gone = (await (await request.get(menuPath(slug, "room-services"), { headers: bearer(guestToken) })).json()) as MenuJson;
  expect(itemsOf(gone).some((i) => i.id === later)).toBe(false);
});

test("guest token rules: any valid link of the hotel reads; bad, revoked or other-hotel tokens do not", async ({ baseURL }) => {
  const revoked = await issueLink(ref);
  await revokeLink(revoked.link_id);
  const otherHotel = seed.links.find((l) => l.hotel_slug === seed.hotels[1]!.slug && l.purpose === "FULL_ACCESS")!.token;
  const cancelled = seed.links.find((l) => l.hotel_slug === slug && seed.bookings.find((b) => b.reference === l.booking)?.state === "cancelled")!.token;
  for (const menu of ["room-services", "breakfast"] as const) {
    const path = menuPath(slug, menu);
    const none = await anon.get(path);
    expect(none.status()).toBe(401);
    expect(await none.json()).toEqual({ error: "Guest token required", code: "TOKEN_REQUIRED" });

    for (const [name, token] of Object.entries({ unknown: "A".repeat(43), malformed: "x", revoked: revoked.token, otherHotel, cancelled })) {
      const r = await anon.get(path, { headers: bearer(token) });
      expect(r.status(), name).toBe(403);
      expect(await r.json(), name).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
    }
    // The valid token on another hotel's path: the same 403, nothing about that hotel.
    const cross = await anon.get(menuPath(seed.hotels[1]!.slug, menu), { headers: bearer(guestToken) });
    expect(cross.status()).toBe(403);
    expect(await cross.text()).not.toContain(seed.hotels[1]!.name);

    // A STATUS-only link may read the menu (ordering needs the ordering scope).
    const statusOnly = seed.links.find((l) => l.booking === ref && l.purpose === "STATUS")!.token;
    expect((await anon.get(path, { headers: bearer(statusOnly) })).status()).toBe(200);
    // A token in the query string is not taken: tokens stay out of URLs (and logs).
    const inUrl = await anon.get(`${path}?guest_token=${encodeURIComponent(guestToken)}`);
    expect(inUrl.status()).toBe(401);
    expect((await inUrl.json()).code).toBe("TOKEN_REQUIRED");
    // Odd methods get a JSON 405.
    const post = await anon.post(path, { headers: bearer(guestToken), data: {} });
    expect(post.status()).toBe(405);
    expect((await post.json()).code).toBe("METHOD_NOT_ALLOWED");
  }
  // The portal cookie, set by opening the magic link.
  const link = await issueLink(ref);
  const browserLike = await pwRequest.newContext({ baseURL });
  await browserLike.get(`/g/${link.token}`, { maxRedirects: 0 });
  const viaCookie = await browserLike.get(menuPath(slug, "room-services"));
  expect(viaCookie.status()).toBe(200);
  await browserLike.dispose();
});

test("console permission matrix: ADMIN edits; FRONT_DESK and KITCHEN only toggle sold-out; other hotel 404", async () => {
  const menu = (await (await admin.get("/api/console/menus")).json()) as { categories: { id: string }[]; items: { id: string; name: string; categoryId: string; soldOut: boolean }[] };
  const cat = menu.categories[0]!.id;
  const item = menu.items.find((i) => i.categoryId === cat && !i.soldOut)!;
  const newItem = { categoryId: cat, name: "Matrix item", priceMinor: 100 };
  const edits = (c: APIRequestContext) => [
    () => c.post("/api/console/menus/categories", { data: { name: "Matrix category" } }),
    () => c.patch(`/api/console/menus/categories/${cat}`, { data: { name: "Renamed" } }),
    () => c.post("/api/console/menus/items", { data: newItem }),
    () => c.patch(`/api/console/menus/items/${item.id}`, { data: { priceMinor: 1 } }),
    () => c.delete(`/api/console/menus/items/${item.id}`),
    () => c.post("/api/console/menus/reorder", { data: { type: "categories", ids: menu.categories.map((x) => x.id) } }),
  ];

  const before = await menuEvents(slug);
  for (const [name, c] of Object.entries({ desk, kitchen })) {
    expect((await c.get("/api/console/menus")).status(), name).toBe(200);
    for (const edit of edits(c)) {
      const r = await edit();
      expect(r.status(), `${name} ${r.url()}`).toBe(403);
      expect((await r.json()).code).toBe("FORBIDDEN");
    }
  }
  for (const edit of edits(anon)) expect((await edit()).status()).toBe(401);
  expect((await anon.put(`/api/console/menus/items/${item.id}/sold-out`, { data: { soldOut: true } })).status()).toBe(401);
  expect(await menuEvents(slug)).toBe(before);

  // Every role of the hotel may switch sold-out, and each switch is announced.
  for (const [name, c, value] of [["desk", desk, true], ["kitchen", kitchen, false], ["admin", admin, true], ["admin", admin, false]] as const) {
    const r = await c.put(`/api/console/menus/items/${item.id}/sold-out`, { data: { soldOut: value } });
    expect(r.status(), name).toBe(200);
    expect(await r.json()).toEqual({ item: { id: item.id, soldOut: value } });
  }
  expect(await menuEvents(slug)).toBe(before + 4);

  // Another hotel's staff: the item does not exist for them.
  const cross = await otherDesk.put(`/api/console/menus/items/${item.id}/sold-out`, { data: { soldOut: true } });
  expect(cross.status()).toBe(404);
  expect((await cross.json()).code).toBe("NOT_FOUND");
  const after = (await (await admin.get("/api/console/menus")).json()) as typeof menu;
  expect(after.items.find((i) => i.id === item.id)!.soldOut).toBe(false);
  expect(JSON.stringify(await (await otherDesk.get("/api/console/menus")).json())).not.toContain(item.id);

  // ADMIN: the edits go through, and each is announced.
  const created = await admin.post("/api/console/menus/categories", { data: { name: "Matrix category" } });
  expect(created.status()).toBe(201);
  const newCat = ((await created.json()) as { category: { id: string } }).category.id;
  const it = await admin.post("/api/console/menus/items", { data: { ...newItem, categoryId: newCat } });
  expect(it.status()).toBe(201);
  const itId = ((await it.json()) as { item: { id: string } }).item.id;
  expect((await admin.patch(`/api/console/menus/items/${itId}`, { data: { priceMinor: 250 } })).status()).toBe(200);
  expect((await admin.delete(`/api/console/menus/categories/${newCat}`)).status()).toBe(409);
  expect((await admin.delete(`/api/console/menus/items/${itId}`)).status()).toBe(200);
  expect((await admin.delete(`/api/console/menus/categories/${newCat}`)).status()).toBe(200);
  expect(await menuEvents(slug)).toBe(before + 4 + 5);
});

test("bad console input → 400 with fields, nothing written", async () => {
  const menu = (await (await admin.get("/api/console/menus")).json()) as { categories: { id: string }[]; items: { id: string; priceMinor: number }[] };
  const item = menu.items[0]!;
  const before = await menuEvents(slug);
  const cases: [string, () => Promise<import("@playwright/test").APIResponse>][] = [
    ["price as string", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { priceMinor: "12" } })],
    ["negative price", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { priceMinor: -1 } })],
    ["fractional price", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { priceMinor: 1.5 } })],
    ["unknown field", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { price: "1.00" } })],
    ["one hour only", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { availableFrom: "18:00" } })],
    ["bad time", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { availableFrom: "25:00", availableUntil: "02:00" } })],
    ["no menu", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { onRoomService: false, onBreakfast: false } })],
    ["unknown tag", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { dietaryTags: ["keto"] } })],
    ["empty group", () => admin.patch(`/api/console/menus/items/${item.id}`, { data: { optionGroups: [{ name: "X", choices: [] }] } })],
    ["bad id", () => admin.patch(`/api/console/menus/items/not-a-uuid`, { data: { priceMinor: 1 } })],
    ["sold-out not boolean", () => admin.put(`/api/console/menus/items/${item.id}/sold-out`, { data: { soldOut: "yes" } })],
    ["bad reorder", () => admin.post("/api/console/menus/reorder", { data: { type: "items", ids: [] } })],
    ["malformed JSON", () => admin.post("/api/console/menus/categories", { data: "{", headers: { "content-type": "application/json" } })],
  ];
  for (const [name, send] of cases) {
    const r = await send();
    expect(r.status(), name).toBe(400);
    expect(["VALIDATION_ERROR", "INVALID_JSON"], name).toContain((await r.json()).code);
  }
  expect((await admin.patch(`/api/console/menus/items/00000000-0000-4000-8000-000000000000`, { data: { priceMinor: 1 } })).status()).toBe(404);
  expect((await admin.post("/api/console/menus/reorder", { data: { type: "categories", ids: [menu.categories[0]!.id] } })).status()).toBe(409);
  expect(await menuEvents(slug)).toBe(before);
  const again = (await (await admin.get("/api/console/menus")).json()) as typeof menu;
  expect(again.items[0]!.priceMinor).toBe(item.priceMinor);
});
