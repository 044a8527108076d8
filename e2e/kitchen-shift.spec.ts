import { request as pwRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { withSql } from "./db";
import { cancelOpenOrders, guestOf, localDay, openKitchenHours, orderableItems, placeBreakfast, placeRoomService, signInKitchen, ticket } from "./kitchen-helpers";
import { signedInApi } from "./staff-helpers";

// What the kitchen screen does over a shift, on Playwright's clock instead of waiting: the
// new-ticket alert repeating about every 20 s until touched (and mute, and the sound banner), the
// age timer's colours at the hotel's thresholds, "late" once the promise has passed, the session
// kept alive, a dropped network caught up, and breakfast on the day. Orders are real (guest API),
// and so are ETAs and bumps (staff order API); only the page's clock is driven.

test.describe.configure({ mode: "serial" });

let seed: SeedDocument;
let api: APIRequestContext;
let desk: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`kc${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
  api = await pwRequest.newContext({ baseURL });
  desk = await signedInApi(baseURL!, staffOf(seed, "FRONT_DESK"));
  admin = await signedInApi(baseURL!, staffOf(seed, "ADMIN"));
  await cancelOpenOrders(desk);
});

test.afterAll(async () => {
  for (const c of [api, desk, admin]) await c?.dispose();
});

/** A signed-in kitchen screen whose clock Playwright drives; audible plays of the alert are counted. */
async function clockedKitchen(browser: Browser) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    const w = window as unknown as { alertPlays: number };
    w.alertPlays = 0;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      // The unlock on the first tap plays it muted: not a ring.
      if (!this.muted && this.src.endsWith("/kds/alert.wav")) w.alertPlays++;
      return play.call(this);
    };
  });
  const page = await ctx.newPage();
  await page.clock.install();
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  return { ctx, page };
}

const plays = (page: Page) => page.evaluate(() => (window as unknown as { alertPlays: number }).alertPlays);

async function order(note?: string) {
  const g = guestOf(seed, "in_house");
  const items = await orderableItems(api, g.slug, g.token, "room-services");
  return (await placeRoomService(api, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }], note)).order_id;
}

test("a new ticket rings about every 20 s until touched; sound waits for the first tap; mute silences but the edge keeps flashing", async ({ browser }) => {
  test.setTimeout(120_000);
  const { ctx, page } = await clockedKitchen(browser);
  const banner = page.getByTestId("sound-banner");
  await expect(banner).toBeVisible();

  // Before the first tap the browser would refuse sound: the ticket flashes, the banner stays, nothing rings.
  const first = await order();
  const t1 = ticket(page, first);
  await expect(t1).toHaveAttribute("data-alerting", "true");
  await expect(t1).toHaveClass(/kitchen-alert/);
  await page.clock.runFor(45_000);
  expect(await plays(page)).toBe(0);
  await expect(banner).toBeVisible();

  // The first tap enables sound: the waiting ticket rings at once, then about every 20 s.
  await banner.click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => plays(page)).toBe(1);
  await page.clock.runFor(20_000);
  await expect.poll(() => plays(page)).toBe(2);
  await page.clock.runFor(20_000);
  await expect.poll(() => plays(page)).toBe(3);

  // Another new ticket rings at once, without waiting for the next repeat.
  const second = await order();
  await expect(ticket(page, second)).toHaveAttribute("data-alerting", "true");
  await expect.poll(() => plays(page)).toBe(4);

  // Touching one ticket leaves the other ringing; touching both stops the repeats.
  await t1.click({ position: { x: 10, y: 10 } });
  await expect(t1).not.toHaveAttribute("data-alerting", "true");
  await page.clock.runFor(20_000);
  await expect.poll(() => plays(page)).toBe(5);
  await ticket(page, second).click({ position: { x: 10, y: 10 } });
  await expect(ticket(page, second)).not.toHaveAttribute("data-alerting", "true");
  await expect(t1).not.toHaveClass(/kitchen-alert/);
  await page.clock.runFor(90_000);
  expect(await plays(page)).toBe(5);

  // Muted (quiet hours): a new ticket is silent but its edge still flashes.
  await page.getByRole("button", { name: "Sound on" }).click();
  await expect(page.getByRole("button", { name: "Sound off" })).toHaveAttribute("aria-pressed", "true");
  const third = await order();
  const t3 = ticket(page, third);
  await expect(t3).toHaveAttribute("data-alerting", "true");
  await page.clock.runFor(60_000);
  expect(await plays(page)).toBe(5);
  await expect(t3).toHaveClass(/kitchen-alert/);
  expect(await t3.evaluate((el) => getComputedStyle(el).animationName)).toBe("kitchen-flash");
  // Sound back on: the ticket nobody has touched rings at once, then touching it ends it.
  await page.getByRole("button", { name: "Sound off" }).click();
  await expect.poll(() => plays(page)).toBe(6);
  await t3.click({ position: { x: 10, y: 10 } });
  await page.clock.runFor(60_000);
  expect(await plays(page)).toBe(6);
  await ctx.close();
  await cancelOpenOrders(desk);
});

test("the age timer turns amber at 10 and red at 20 minutes (defaults); 'late' shows once the promised time has passed", async ({ browser }) => {
  const { ctx, page } = await clockedKitchen(browser);
  const id = await order();
  // The kitchen accepts with a promise of 15 minutes, through the staff order API.
  const res = await desk.post(`/api/console/orders/${id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING", eta_minutes: 15 } });
  expect(res.status(), await res.text()).toBe(200);
  const t = ticket(page, id);
  const age = t.getByTestId("ticket-age");
  await expect(t).toHaveAttribute("data-status", "ACCEPTED");
  await expect(age).toHaveAttribute("data-tone", "fresh");
  await expect(t).toContainText("Promised");
  await expect(t.getByTestId("ticket-late")).toHaveCount(0);
  const green = await age.evaluate((el) => getComputedStyle(el).backgroundColor);

  await page.clock.fastForward("09:30");
  await expect(age).toHaveAttribute("data-tone", "fresh");
  await page.clock.fastForward("00:45");
  await expect(age).toHaveAttribute("data-tone", "warn");
  await expect(age).toHaveClass(/bg-amber-300/);
  const amber = await age.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(amber).not.toBe(green);
  await expect(t.getByTestId("ticket-late")).toHaveCount(0);

  // Past the promise (15 min after accepting): "late" with the promised time, a red edge.
  await page.clock.fastForward("05:30");
  await expect(t.getByTestId("ticket-late")).toBeVisible();
  await expect(t.getByTestId("ticket-late")).toHaveText(/^late · \d\d:\d\d$/i);
  await expect(t).not.toContainText("Promised");
  await expect(t).toHaveClass(/border-red-600/);
  await expect(age).toHaveAttribute("data-tone", "warn");

  await page.clock.fastForward("04:30");
  await expect(age).toHaveAttribute("data-tone", "late");
  await expect(age).toHaveClass(/bg-red-600/);
  const red = await age.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(new Set([green, amber, red]).size).toBe(3);
  await ctx.close();
  await cancelOpenOrders(desk);
});

test("the hotel's own thresholds (admin settings) colour the timer", async ({ browser }) => {
  const { hotel } = (await (await admin.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
  const put = await admin.put("/api/console/hotel", { data: { ...hotel, kitchenWarnMinutes: 3, kitchenLateMinutes: 6 } });
  expect(put.status(), await put.text()).toBe(200);
  const { ctx, page } = await clockedKitchen(browser);
  const id = await order();
  const age = ticket(page, id).getByTestId("ticket-age");
  await expect(age).toHaveAttribute("data-tone", "fresh");
  await page.clock.fastForward("03:05");
  await expect(age).toHaveAttribute("data-tone", "warn");
  await page.clock.fastForward("03:00");
  await expect(age).toHaveAttribute("data-tone", "late");
  await ctx.close();
  const back = await admin.put("/api/console/hotel", { data: hotel });
  expect(back.status()).toBe(200);
  await cancelOpenOrders(desk);
});

test("a long shift stays signed in: every few minutes the screen renews its session", async ({ browser }) => {
  const { ctx, page } = await clockedKitchen(browser);
  // Five minutes on the screen's clock: it reads the session, and Auth.js answers with a renewed cookie.
  const renewal = page.waitForResponse((r) => r.url().endsWith("/api/auth/session"));
  await page.clock.fastForward("05:01");
  const res = await renewal;
  expect(res.status()).toBe(200);
  expect((await res.json()) as { user?: { id?: string } }).toMatchObject({ user: { id: expect.any(String) } });
  expect((await res.headerValue("set-cookie")) ?? "").toMatch(/authjs\.session-token=[^;]+;.*Expires=/i);
  await expect(page.getByTestId("signed-out")).toHaveCount(0);
  await ctx.close();
});

test("the connection indicator shows a dropped network, and reconnecting refetches what was missed", async ({ browser }) => {
  const { ctx, page } = await clockedKitchen(browser);
  const indicator = page.getByTestId("live-indicator");
  await ctx.setOffline(true);
  await expect(indicator).not.toHaveAttribute("data-state", "live");
  // Ordered while the screen was offline: no event can reach it.
  const missed = await order();
  await expect(ticket(page, missed)).toHaveCount(0);
  await ctx.setOffline(false);
  await expect(indicator).toHaveAttribute("data-state", "live", { timeout: 30_000 });
  await expect(ticket(page, missed)).toBeVisible();
  await ctx.close();
  await cancelOpenOrders(desk);
});

test("breakfast: any date can be picked, and on the day its tickets bump like room service", async ({ browser }) => {
  const hotel = seed.hotels[0]!;
  const today = localDay(new Date(), hotel.timezone);
  const tomorrow = localDay(new Date(Date.now() + 24 * 3600_000), hotel.timezone);
  const g = guestOf(seed, "in_house");
  const items = await orderableItems(api, g.slug, g.token, "breakfast");
  const { order_id: id } = await placeBreakfast(api, g, { delivery_date: tomorrow, time_slot: "08:00", guests: 2, items: [{ item_id: items[0]!.id, quantity: 2, options: items[0]!.options.map((o) => o.id) }] });
  // Test setup, not behaviour under test: guests order the evening before, so move it to this morning.
  await withSql((sql) => sql`update orders set delivery_date = ${today} where id = ${id}`);

  const { ctx, page } = await clockedKitchen(browser);
  // A full load of the view (a tab click can land before the board has hydrated under the clock).
  await page.goto("/kitchen/breakfast");
  // Under the installed clock the date input must be live before it is filled: a fill that lands
  // before the page has hydrated changes the field and nothing else (the old flake).
  await expect(page).toHaveURL(/\/kitchen\/breakfast/);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const picker = page.getByLabel("Pick a date");
  // It opens on the next serving morning (today or tomorrow): pick a day that is neither, or the
  // fill would change nothing.
  await expect(picker).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const later = localDay(new Date(Date.now() + 48 * 3600_000), hotel.timezone);
  // Another day, picked: not this morning's tickets.
  await picker.fill(later);
  await expect(page).toHaveURL(new RegExp(`/kitchen/breakfast\\?date=${later}$`));
  await expect(picker).toHaveValue(later);
  await expect(page.getByRole("heading", { name: /^Breakfast for/ })).toBeVisible();
  await expect(ticket(page, id)).toHaveCount(0);

  // This morning, picked back: its ticket, bumpable on the day through the staff order API.
  await picker.fill(today);
  await expect(page).toHaveURL(new RegExp(`/kitchen/breakfast\\?date=${today}$`));
  const t = ticket(page, id);
  await expect(t).toContainText(`2 × ${items[0]!.name}`);
  await expect(page.getByRole("heading", { name: /^08:00/ })).toContainText("2 guests");
  await t.getByRole("button", { name: /^Accept/ }).click();
  await expect(t).toHaveAttribute("data-status", "ACCEPTED");
  const res = await desk.get(`/api/console/orders/${id}`);
  expect(JSON.stringify(await res.json())).toContain('"status":"ACCEPTED"');
  await t.getByRole("button", { name: /^Start/ }).click();
  await expect(t).toHaveAttribute("data-status", "PREPARING");
  await ctx.close();
});
