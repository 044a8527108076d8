import { expectNoAxeViolations } from "./a11y";
import { request as pwRequest, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, screenshot, seedIsolated, test, type SeedDocument } from "./fixtures";
import { bump, cancelOpenOrders, fitsWithoutScrolling, guestTextReadable, guestOf, guestOrderStatus, localDay, openKitchenHours, orderableItems, placeBreakfast, placeRoomService, signInKitchen, ticket } from "./kitchen-helpers";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// The kitchen screen end to end: a guest orders over the public API, the kitchen context sees the
// tickets live, bumps them through the staff order API, and the guest sees each bump live. This
// spec seeds its own hotels, so the ticket counts on its screenshots are exact.

test.describe.configure({ mode: "serial" });

let seed: SeedDocument;
let api: APIRequestContext;
let desk: APIRequestContext;
let kitchenCtx: BrowserContext;
let kitchen: Page;
const guest = () => guestOf(seed, "in_house");
const staff = (role: string, hotel = 0) => seed.staff.find((s) => s.role === role && s.hotel_slug === seed.hotels[hotel]!.slug)!;
const placed: string[] = [];
/** Exactly 500 characters (the most a guest may send), ending in "END" so a cut is visible. */
const longText = (label: string) => `${label} ${"please leave the tray outside the door and knock twice, the baby is asleep; ".repeat(8)}`.slice(0, 497) + "END";

async function openKitchen(browser: Browser, size = { width: 1280, height: 800 }) {
  const ctx = await browser.newContext({ viewport: size });
  // Counts audible plays of the alert (the unlock on the first tap plays it muted).
  await ctx.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    (window as unknown as { alertPlays: number }).alertPlays = 0;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!this.muted && this.src.endsWith("/kds/alert.wav")) (window as unknown as { alertPlays: number }).alertPlays++;
      return play.call(this);
    };
  });
  const page = await ctx.newPage();
  await signInKitchen(page, staff("KITCHEN"));
  return { ctx, page };
}

test.beforeAll(async ({ baseURL, browser }) => {
  seed = await seedIsolated(`k${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
  api = await pwRequest.newContext({ baseURL });
  desk = await signedInApi(baseURL!, staff("FRONT_DESK"));
  await cancelOpenOrders(desk);
  ({ ctx: kitchenCtx, page: kitchen } = await openKitchen(browser));
});

test.afterAll(async () => {
  await kitchenCtx?.close();
  for (const c of [api, desk]) await c?.dispose();
});

test("an empty board: columns, sound banner, mute toggle, live indicator; readable and accessible", async ({ browser }) => {
  await expect(kitchen.getByRole("heading", { name: /^New/ })).toBeVisible();
  await expect(kitchen.getByRole("heading", { name: /^Preparing/ })).toBeVisible();
  await expect(kitchen.getByRole("heading", { name: /^Ready/ })).toBeVisible();
  await expect(kitchen.getByTestId("ticket")).toHaveCount(0);
  await expect(kitchen.getByTestId("sound-banner")).toBeVisible();
  await expectNoAxeViolations(kitchen);
  await screenshot(kitchen, "kitchen-0-tickets-1280x800");
  const big = await openKitchen(browser, { width: 1920, height: 1080 });
  await screenshot(big.page, "kitchen-0-tickets-1920x1080");
  await big.ctx.close();
  // The first tap anywhere unlocks sound; the mute toggle is remembered.
  await kitchen.getByTestId("sound-banner").click();
  await expect(kitchen.getByTestId("sound-banner")).toHaveCount(0);
  const mute = kitchen.getByRole("button", { name: "Sound on" });
  await mute.click();
  await expect(kitchen.getByRole("button", { name: "Sound off" })).toHaveAttribute("aria-pressed", "true");
  await kitchen.getByRole("button", { name: "Sound off" }).click();
});

test("the first tap is never lost: with the sound banner up, a tap on a tab goes there, and nothing moves when the banner goes", async ({ browser }) => {
  const { ctx, page } = await openKitchen(browser, { width: 800, height: 1280 });
  const banner = page.getByTestId("sound-banner");
  await expect(banner).toBeVisible();
  const heading = page.getByRole("heading", { level: 1 });
  const before = await heading.boundingBox();
  // A real tap: pointerdown unlocks sound and removes the banner before the click lands.
  await page.getByRole("navigation", { name: "Kitchen views" }).getByRole("link", { name: "Breakfast" }).click();
  await expect(page).toHaveURL(/\/kitchen\/breakfast$/);
  await expect(banner).toHaveCount(0);
  expect(await heading.boundingBox()).toEqual(before);
  await ctx.close();
});

test("two orders appear live; bumping one to Ready reaches the guest live; recall takes it back", async () => {
  const g = guest();
  const items = await orderableItems(api, g.slug, g.token, "room-services");
  // The guest listens on their own channel, signed in with their link, as the portal does.
  const guestLive = appClient({ bearer: g.token });
  const statuses: { order_id: string; status: string }[] = [];
  await connected(guestLive);
  expect(await subscribed(guestLive, `private-room-service.${g.ref}`)).toBe("ok");
  guestLive.channel(`private-room-service.${g.ref}`).bind("order.status_changed", (d: { order_id: string; status: string }) => statuses.push(d));

  const first = await placeRoomService(api, g, [{ item_id: items[0]!.id, quantity: 2, options: items[0]!.options.map((o) => o.id), instructions: "No onions, allergy" }]);
  const second = await placeRoomService(api, g, [{ item_id: items[1]!.id, quantity: 1, options: items[1]!.options.map((o) => o.id) }], "Knock softly");
  placed.push(first.order_id, second.order_id);

  // Both show without a reload, in New, alerting until touched.
  const t1 = ticket(kitchen, first.order_id);
  const t2 = ticket(kitchen, second.order_id);
  await expect(t1).toBeVisible();
  await expect(t2).toBeVisible();
  await expect(kitchen.getByTestId("column-new").getByTestId("ticket")).toHaveCount(2);
  await expect(t1).toContainText(`Room ${g.room}`);
  await expect(t1).toContainText(`${g.guestName.split(" ")[0]} ${g.guestName.split(" ").at(-1)![0]}.`);
  await expect(t1).toContainText(`2 × ${items[0]!.name}`);
  await expect(t1).toContainText("No onions, allergy");
  await expect(t1).toContainText("Promised");
  await expect(t2).toContainText("Knock softly");
  await expect(t1).toHaveAttribute("data-alerting", "true");
  // Sound was enabled by the first tap (previous test): the new tickets ring.
  await expect.poll(() => kitchen.evaluate(() => (window as unknown as { alertPlays: number }).alertPlays)).toBeGreaterThan(0);
  await expect(t1.getByTestId("ticket-age")).toHaveAttribute("data-tone", "fresh");
  await t2.click({ position: { x: 10, y: 10 } }); // touching a ticket stops its alert
  await expect(t2).not.toHaveAttribute("data-alerting", "true");

  // One tap per step: Accept, Start, Ready. Each bump reaches the guest's channel and API.
  for (const [button, status, column] of [["Accept", "ACCEPTED", "new"], ["Start", "PREPARING", "preparing"], ["Ready", "READY", "ready"]] as const) {
    await t1.getByRole("button", { name: new RegExp(`^${button}`) }).click();
    await expect(kitchen.getByTestId(`column-${column}`).locator(`[data-order-id="${first.order_id}"]`)).toHaveAttribute("data-status", status);
    await waitFor<void>((done) => {
      const check = () => (statuses.some((s) => s.order_id === first.order_id && s.status === status) ? done() : setTimeout(check, 50));
      check();
    }, `guest sees ${status}`);
    expect(await guestOrderStatus(api, g, first.order_id)).toBe(status);
  }
  await expect(t1).not.toHaveAttribute("data-alerting", "true");

  // Recall brings the last bumped ticket back a step on the board; the guest never sees their order
  // step back (neither in the API nor on their channel).
  await kitchen.getByRole("button", { name: `↶ Recall room ${g.room}` }).click();
  await expect(kitchen.getByTestId("column-preparing").locator(`[data-order-id="${first.order_id}"]`)).toHaveAttribute("data-status", "PREPARING");
  expect(await guestOrderStatus(api, g, first.order_id)).toBe("READY");
  // Bumped forward again: that the guest's channel hears, and nothing from the recall before it.
  await kitchen.getByTestId("column-preparing").locator(`[data-order-id="${first.order_id}"]`).getByRole("button", { name: /^Ready/ }).click();
  await expect(kitchen.getByTestId("column-ready").locator(`[data-order-id="${first.order_id}"]`)).toHaveAttribute("data-status", "READY");
  await expect.poll(() => statuses.filter((s) => s.order_id === first.order_id).map((s) => s.status)).toEqual(["ACCEPTED", "PREPARING", "READY", "READY"]);
  // Back to Preparing for the tests after this one (a recall again: still nothing for the guest).
  await kitchen.getByRole("button", { name: `↶ Recall room ${g.room}` }).click();
  await expect(kitchen.getByTestId("column-preparing").locator(`[data-order-id="${first.order_id}"]`)).toHaveAttribute("data-status", "PREPARING");
  await expect.poll(() => guestOrderStatus(api, g, first.order_id)).toBe("READY");
  guestLive.disconnect();
});

test("a cancelled order flashes with its reason and leaves the board", async () => {
  const orderId = placed[1]!;
  const res = await desk.post(`/api/console/orders/${orderId}/status`, { data: { status: "CANCELLED", from_status: "PENDING", reason: "Kitchen out of salmon" } });
  expect(res.status(), await res.text()).toBe(200);
  const t = ticket(kitchen, orderId);
  await expect(t.getByTestId("cancel-reason")).toContainText("Kitchen out of salmon");
  await expect(t).toHaveCount(0, { timeout: 20_000 });
  await expect(kitchen.getByTestId("ticket")).toHaveCount(1);
});

test("3 and 12 open tickets fit without scrolling at 1280×800 and 1920×1080; compact on a portrait tablet", async ({ browser }) => {
  test.setTimeout(300_000); // 11 orders, three signed-in screens and four axe scans on a shared 2-core machine
  const g = guest();
  const items = await orderableItems(api, g.slug, g.token, "room-services");
  const order = async (i: number) => {
    const item = items[i % items.length]!;
    const extra = items[(i + 3) % items.length]!;
    const lines = [{ item_id: item.id, quantity: 1 + (i % 3), options: item.options.map((o) => o.id) }];
    if (i % 2 === 0) lines.push({ item_id: extra.id, quantity: 1, options: extra.options.map((o) => o.id) });
    // Some tickets carry the longest note and instructions a guest can send (500 characters each).
    if (i % 3 === 1) lines[0] = { ...lines[0]!, instructions: longText(`instructions ${i}`) } as (typeof lines)[number];
    const notes = i % 4 === 0 ? "Extra napkins please" : i % 4 === 2 ? longText(`note ${i}`) : undefined;
    return (await placeRoomService(api, g, lines, notes)).order_id;
  };
  for (let i = 0; i < 2; i++) placed.push(await order(i));
  await expect(kitchen.getByTestId("ticket")).toHaveCount(3);
  const big = await openKitchen(browser, { width: 1920, height: 1080 });
  await expect(big.page.getByTestId("ticket")).toHaveCount(3);
  for (const [page, name] of [[kitchen, "1280x800"], [big.page, "1920x1080"]] as const) {
    expect(await fitsWithoutScrolling(page)).toEqual({ page: true, columns: true, buttonsInView: true });
    await screenshot(page, `kitchen-3-tickets-${name}`);
  }

  for (let i = 2; i < 11; i++) placed.push(await order(i));
  await expect(kitchen.getByTestId("ticket")).toHaveCount(12);
  await expect(big.page.getByTestId("ticket")).toHaveCount(12);
  // Spread over the columns as a real service would be.
  for (const id of placed.slice(2, 6)) await bump(kitchen, id, "Accept");
  for (const id of placed.slice(2, 5)) await bump(kitchen, id, "Start");
  for (const id of placed.slice(2, 4)) await bump(kitchen, id, "Ready");
  await expect(kitchen.getByTestId("column-ready").getByTestId("ticket")).toHaveCount(2);
  await expect(big.page.getByTestId("column-ready").getByTestId("ticket")).toHaveCount(2);
  for (const [page, name] of [[kitchen, "1280x800"], [big.page, "1920x1080"]] as const) {
    expect(await fitsWithoutScrolling(page)).toEqual({ page: true, columns: true, buttonsInView: true });
    // Every note and instruction is either wholly on screen or its ticket offers "More".
    const notes = await guestTextReadable(page);
    expect(notes.length).toBeGreaterThanOrEqual(7);
    expect(notes.filter((n) => !n.shown && !n.more)).toEqual([]);
    expect(notes.some((n) => n.more), "max-length notes are cut on a full board").toBe(true);
    await screenshot(page, `kitchen-12-tickets-${name}`);
  }
  await expectNoAxeViolations(kitchen);

  // "More" opens the whole ticket: the full 500-character note, then closes back to the board.
  const cut = kitchen.getByTestId("ticket").filter({ has: kitchen.getByTestId("ticket-more") }).filter({ hasText: "Note: note" }).first();
  const full = (await cut.locator('[data-testid="ticket-note"][data-clamp]').textContent())!;
  expect(full).toMatch(/^Note: note \d+ .*END$/);
  await cut.getByTestId("ticket-more").click();
  const details = kitchen.getByRole("dialog");
  await expect(details).toBeVisible();
  await expect(details.getByTestId("ticket-note")).toHaveText(full);
  expect(await details.getByTestId("ticket-note").evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await expect(details.getByRole("button", { name: "Close" })).toBeFocused();
  await expectNoAxeViolations(kitchen);
  await screenshot(kitchen, "kitchen-12-tickets-more-1280x800");
  await details.getByRole("button", { name: "Close" }).click();
  await expect(details).toBeHidden();
  await big.ctx.close();

  const tablet = await openKitchen(browser, { width: 800, height: 1280 });
  await expect(tablet.page.getByTestId("ticket")).toHaveCount(12);
  const tabletNotes = await guestTextReadable(tablet.page);
  expect(tabletNotes.filter((n) => !n.shown && !n.more)).toEqual([]);
  // Only the columns scroll on a tablet, never the page (nothing leaks out of a scrolled column).
  expect(await tablet.page.evaluate(() => [document.scrollingElement!.scrollWidth <= window.innerWidth, document.scrollingElement!.scrollHeight <= window.innerHeight])).toEqual([true, true]);
  await screenshot(tablet.page, "kitchen-12-tickets-portrait-800x1280");
  await tablet.ctx.close();
});

test("breakfast: tomorrow's all-day counts match the orders placed, tickets per slot", async () => {
  const hotel = seed.hotels[0]!;
  const tomorrow = localDay(new Date(Date.now() + 24 * 3600_000), hotel.timezone);
  const a = guestOf(seed, "in_house");
  const b = guestOf(seed, "arriving");
  const items = await orderableItems(api, a.slug, a.token, "breakfast");
  // An item with options (their counts are the point: "3 × no bacon") and one more.
  const x = items.find((i) => i.allOptions.length > 0)!;
  const y = items.find((i) => i.id !== x.id)!;
  await placeBreakfast(api, a, { delivery_date: tomorrow, time_slot: "07:30", guests: 2, items: [{ item_id: x.id, quantity: 2, options: x.allOptions.map((o) => o.id) }, { item_id: y.id, quantity: 1, options: y.options.map((o) => o.id) }] });
  await placeBreakfast(api, b, { delivery_date: tomorrow, time_slot: "08:00", guests: 1, items: [{ item_id: x.id, quantity: 3, options: x.options.map((o) => o.id) }] });

  await kitchen.goto(`/kitchen/breakfast?date=${tomorrow}`);
  const count = (name: string) => kitchen.locator(`[data-testid="prep-count"][data-name="${name}"]`);
  await expect(count(x.name)).toHaveAttribute("data-quantity", "5");
  await expect(count(y.name)).toHaveAttribute("data-quantity", "1");
  await expect(count(x.name)).toContainText(`5 × ${x.name}`);
  // Chosen by both guests: 5; chosen only by the first (2 portions): 2.
  expect(x.allOptions.length).toBeGreaterThan(0);
  for (const opt of x.allOptions) {
    const both = x.options.some((o) => o.id === opt.id);
    await expect(count(x.name).locator(`[data-testid="prep-option"][data-label="${opt.label}"]`)).toHaveAttribute("data-quantity", both ? "5" : "2");
    await expect(count(x.name)).toContainText(`${both ? 5 : 2} × ${opt.label}`);
  }
  await expect(kitchen.getByRole("heading", { name: /^07:30/ })).toBeVisible();
  await expect(kitchen.getByRole("heading", { name: /^08:00/ })).toBeVisible();
  await expect(kitchen.getByTestId("ticket")).toHaveCount(2);
  // Not the day yet: nothing to bump.
  await expect(kitchen.getByTestId("ticket").getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(kitchen);
  await screenshot(kitchen, "kitchen-breakfast-1280x800");
  await kitchen.goto("/kitchen");
});

test("the session ending shows 'Signed out — sign in again' instead of a stale board", async ({ browser }) => {
  const { ctx, page } = await openKitchen(browser);
  await expect(page.getByTestId("ticket")).toHaveCount(12);
  await ctx.clearCookies();
  // The next order event makes the board refetch; the API answers 401.
  const g = guest();
  const items = await orderableItems(api, g.slug, g.token, "room-services");
  await placeRoomService(api, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);
  await expect(page.getByRole("alertdialog", { name: "Signed out — sign in again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", "/login?next=/kitchen");
  await ctx.close();
});
