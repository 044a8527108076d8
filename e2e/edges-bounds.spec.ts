import { withSql } from "./db";
import { expect, staffOf, test } from "./fixtures";
import { bearer, guestOf, openKitchenHours, orderableItems } from "./kitchen-helpers";
import { signedInApi } from "./staff-helpers";

// "4xx, never 5xx" at the edges the schemas used to let through: dates far outside any stay
// (a day added to 9999-12-31 is not a date), and an order within every per-field limit whose
// total would overflow the money columns.

test("dates outside 2000–2100 are refused with 400 on every date the API takes, the bounds themselves work", async ({ seed, baseURL, request }) => {
  const admin = await signedInApi(baseURL!, staffOf(seed, "ADMIN"));
  const g = guestOf(seed, "in_house");
  try {
    for (const date of ["9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01"]) {
      for (const path of [`/api/console/orders?date=${date}`, `/api/console/breakfast?date=${date}`]) {
        const res = await admin.get(path);
        expect(res.status(), path).toBe(400);
        expect(((await res.json()) as { code: string }).code, path).toBe("VALIDATION_ERROR");
      }
      const slots = await request.get(`/api/public/hotel/${g.slug}/breakfast/slots/?date=${date}`, { headers: bearer(g.token) });
      expect(slots.status(), date).toBe(400);
      const order = await request.post(`/api/public/hotel/${g.slug}/breakfast/order/`, { headers: bearer(g.token), data: { delivery_date: date, time_slot: "08:00", guests: 1, items: [] } });
      expect(order.status(), date).toBe(400);
    }
    for (const date of ["2000-01-01", "2100-12-31"]) {
      expect((await admin.get(`/api/console/orders?date=${date}`)).status(), date).toBe(200);
      expect((await admin.get(`/api/console/breakfast?date=${date}`)).status(), date).toBe(200);
    }
  } finally {
    await admin.dispose();
  }
});

test("an order whose total would overflow is refused (400 VALIDATION_ERROR) and writes nothing", async ({ seed, request }) => {
  await openKitchenHours(seed);
  const g = guestOf(seed, "in_house");
  const [item] = await orderableItems(request, g.slug, g.token, "room-services");
  const original = await withSql(async (sql) => (await sql`select price_minor from menu_items where id = ${item!.id}`)[0]!.price_minor as number);
  // Test setup: the item at the menu's highest price (as an admin may set it).
  await withSql((sql) => sql`update menu_items set price_minor = 1000000 where id = ${item!.id}`);
  try {
    const count = () => withSql(async (sql) => (await sql`select count(*)::int as n from orders o join hotels h on h.id = o.hotel_id where h.slug = ${g.slug}`)[0]!.n as number);
    const before = await count();
    const lines = Array.from({ length: 6 }, () => ({ item_id: item!.id, quantity: 20, options: item!.options.map((o) => o.id) }));
    const res = await request.post(`/api/public/hotel/${g.slug}/room-services/order/`, { headers: bearer(g.token), data: { items: lines } });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe("VALIDATION_ERROR");
    expect(await count()).toBe(before);
  } finally {
    await withSql((sql) => sql`update menu_items set price_minor = ${original} where id = ${item!.id}`);
  }
});
