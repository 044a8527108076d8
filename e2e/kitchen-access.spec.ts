import { request as pwRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { guestOf, localDay, openKitchenHours, orderableItems, placeBreakfast, placeRoomService, signInKitchen } from "./kitchen-helpers";
import { signedInApi, signInUi } from "./staff-helpers";

// Who may open the kitchen screen, and that a kitchen of hotel A sees nothing of hotel B: not on
// the page, not through the order APIs, not on hotel B's order channel.

test("anonymous visitors go to sign-in; front desk gets the console's 403; kitchen and admin get the screen", async ({ page, browser, seed }) => {
  const res = await page.goto("/kitchen");
  await expect(page).toHaveURL(/\/login\?next=%2Fkitchen$/);
  expect(res?.status()).toBe(200);

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  const frontDesk = seed.staff.find((s) => s.role === "FRONT_DESK" && s.hotel_slug === seed.hotels[0]!.slug)!;
  await signInUi(desk, frontDesk.email, frontDesk.password);
  const refused = await desk.goto("/kitchen");
  expect(refused?.status()).toBe(403);
  await expect(desk.getByRole("heading", { name: "No access" })).toBeVisible();
  await deskCtx.close();

  for (const role of ["KITCHEN", "ADMIN"]) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await signInKitchen(p, seed.staff.find((s) => s.role === role && s.hotel_slug === seed.hotels[0]!.slug)!);
    await expect(p.getByRole("heading", { level: 1 })).toContainText(seed.hotels[0]!.name);
    // Installable on a tablet's home screen: the manifest, its icons and the alert are served from public/.
    await expect(p.locator('link[rel="manifest"]')).toHaveAttribute("href", "/kds/manifest.webmanifest");
    const manifest = await p.request.get("/kds/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const { icons } = (await manifest.json()) as { icons: { src: string }[] };
    for (const src of [...icons.map((i) => i.src), "/kds/alert.wav"]) expect((await p.request.get(src)).status(), src).toBe(200);
    await ctx.close();
  }
});

test("a KITCHEN user of hotel A sees nothing of hotel B: page, order APIs, breakfast and channel auth", async ({ baseURL, browser, seed }) => {
  await openKitchenHours(seed);
  const [a, b] = seed.hotels as [(typeof seed.hotels)[0], (typeof seed.hotels)[0]];
  const api = await pwRequest.newContext({ baseURL });
  const guestB = guestOf(seed, "in_house", 1);
  const itemsB = await orderableItems(api, guestB.slug, guestB.token, "room-services");
  const orderB = await placeRoomService(api, guestB, [{ item_id: itemsB[0]!.id, quantity: 1, options: itemsB[0]!.options.map((o) => o.id) }]);
  const tomorrowB = localDay(new Date(Date.now() + 24 * 3600_000), b.timezone);
  const bfB = await orderableItems(api, guestB.slug, guestB.token, "breakfast");
  const breakfastB = await placeBreakfast(api, guestB, { delivery_date: tomorrowB, time_slot: "07:30", guests: 1, items: [{ item_id: bfB[0]!.id, quantity: 1, options: bfB[0]!.options.map((o) => o.id) }] });

  const kitchenA = seed.staff.find((s) => s.role === "KITCHEN" && s.hotel_slug === a.slug)!;
  const k = await signedInApi(baseURL!, kitchenA);
  // The order APIs: another hotel's order is 404; lists hold only hotel A's orders.
  expect((await k.get(`/api/console/orders/${orderB.order_id}`)).status()).toBe(404);
  expect((await k.post(`/api/console/orders/${orderB.order_id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING" } })).status()).toBe(404);
  const list = JSON.stringify(await (await k.get("/api/console/orders?status=open")).json());
  expect(list).not.toContain(orderB.order_id);
  const breakfast = JSON.stringify(await (await k.get(`/api/console/breakfast?date=${tomorrowB}`)).json());
  expect(breakfast).not.toContain(breakfastB.order_id);
  // Even asking for hotel B as the current hotel (the console's cookie) keeps hotel A.
  const withCookie = await k.get("/api/console/orders?status=open", { headers: { Cookie: `console_hotel=${b.slug}` } });
  expect(JSON.stringify(await withCookie.json())).not.toContain(orderB.order_id);

  // Channel auth: hotel A's order channel yes, hotel B's no.
  const auth = (channel: string) => k.post("/api/public/pusher/auth/", { form: { socket_id: "1234.5678", channel_name: channel, identity: "staff" } });
  expect((await auth(`private-${a.slug}.staff-orders`)).status()).toBe(200);
  expect((await auth(`private-${b.slug}.staff-orders`)).status()).toBe(403);

  // The page: hotel A's screen, with hotel B's cookie set too.
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "console_hotel", value: b.slug, url: baseURL! }]);
  const page = await ctx.newPage();
  await signInKitchen(page, kitchenA);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(a.name);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText(b.name);
  await expect(page.locator(`[data-order-id="${orderB.order_id}"]`)).toHaveCount(0);
  await page.goto(`/kitchen/breakfast?date=${tomorrowB}`);
  await expect(page.getByRole("heading", { name: /^Breakfast for/ })).toBeVisible();
  await expect(page.locator(`[data-order-id="${breakfastB.order_id}"]`)).toHaveCount(0);
  await ctx.close();
  await k.dispose();
  await api.dispose();
});
