import type { Browser, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Issue 21 (4): each booking state says one true thing at the top of /stay and of both menus, and
// Add is disabled (with the reason) rather than refused at the cart: arriving, in house, room
// service closed now, departed, and a view-only (STATUS) link. Screenshots at 390×844 per state.
test.describe.configure({ timeout: 120_000 });

const PHONE = { width: 390, height: 844 };
const origin = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

let seed: SeedDocument;
test.beforeAll(async () => {
  // Own hotels, with room service round the clock: whether Add shows must not depend on the hour
  // the suite runs at. The closed-now test moves the hours and puts them back.
  seed = await seedIsolated(`ss${randomBytes(3).toString("hex")}`);
  await setRoomServiceHours(0, "round the clock");
});

const hhmm = (d: Date, tz: string) => new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

async function setRoomServiceHours(hotelIndex: number, hours: "round the clock" | { opens: string; closes: string }) {
  const admin = await signedInApi(origin(), staffOf(seed, "ADMIN", hotelIndex));
  const { hotel } = (await (await admin.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
  const times = hours === "round the clock" ? { roomServiceAllDay: true } : { roomServiceOpens: hours.opens, roomServiceCloses: hours.closes, roomServiceAllDay: false };
  const res = await admin.put("/api/console/hotel", { data: { ...hotel, ...times, breakfastCutoff: "23:59" }, headers: { Origin: origin() } });
  expect(res.status(), await res.text()).toBe(200);
  await admin.dispose();
}

async function open(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await page.goto(url);
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByTestId("live-indicator")).toBeVisible();
  return { page, close: () => ctx.close() };
}

/** Every Add button of the menu page: all disabled and pointing to the banner, or all enabled. */
async function addButtons(page: Page) {
  const adds = page.getByTestId("menu-item").getByRole("button", { name: /^Add / });
  await expect(adds.first()).toBeVisible();
  return adds.evaluateAll((els) => els.map((e) => ({ disabled: (e as HTMLButtonElement).disabled, describedBy: e.getAttribute("aria-describedby") })));
}

async function menu(page: Page, path: string, code: string, title: string | RegExp) {
  await page.goto(path);
  const banner = page.getByTestId("ordering-state");
  await expect(banner).toHaveAttribute("data-code", code);
  await expect(banner).toContainText(title);
  return banner;
}

test("arriving: breakfast can be ordered now (and says so), room service opens at check-in with Add disabled", async ({ browser }) => {
  const { booking } = bookingOf(seed, "arriving", 0);
  const { page, close } = await open(browser, linkOf(seed, booking.reference).url);
  await expect(page.getByTestId("stay-headline")).toHaveAttribute("data-state", "arriving");
  await expect(page.getByTestId("stay-headline")).toContainText("You can already order breakfast");
  await expect(page.getByTestId("tile-room-service-state")).toHaveText("Opens at check-in");
  await expect(page.getByTestId("access-order")).toContainText("Breakfast: Order breakfast before you arrive");
  await expect(page.locator("body")).not.toContainText("Opens when you check in");
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-arriving");

  await menu(page, "/stay/breakfast", "OPEN", "Order breakfast before you arrive");
  expect((await addButtons(page)).every((b) => !b.disabled)).toBe(true);
  // What the page says is what the API does: a breakfast order for the first morning is taken.
  const bf = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Pancakes", exact: true }) });
  await bf.getByRole("button", { name: "Add Pancakes" }).click();
  await page.getByRole("dialog", { name: "Pancakes" }).getByRole("button", { name: /Add to order/ }).click();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-confirmation")).toBeVisible();
  await screenshot(page, "stay-state-arriving-breakfast");

  await menu(page, "/stay/room-service", "BEFORE_CHECK_IN", "Opens at check-in");
  const rs = await addButtons(page);
  expect(rs.every((b) => b.disabled && b.describedBy === "ordering-state")).toBe(true);
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-arriving-room-service");
  await close();
});

test("in house, room service closed now: 'Closed now – opens HH:MM' from the hotel's hours, Add disabled; open hours say until when", async ({ browser }) => {
  const { booking, hotel } = bookingOf(seed, "in_house", 0);
  // Opens in two hours, closes in three (hotel time): closed now.
  const opens = hhmm(new Date(Date.now() + 2 * 3600_000), hotel.timezone);
  await setRoomServiceHours(0, { opens, closes: hhmm(new Date(Date.now() + 3 * 3600_000), hotel.timezone) });
  const { page, close } = await open(browser, linkOf(seed, booking.reference).url);
  await expect(page.getByTestId("stay-headline")).toHaveAttribute("data-state", "in-house");
  await expect(page.getByTestId("tile-room-service-state")).toHaveText(`Closed now – opens ${opens}`);
  await screenshot(page, "stay-state-in-house-closed");
  await menu(page, "/stay/room-service", "CLOSED_NOW", `Closed now – opens ${opens}`);
  const rs = await page.getByTestId("menu-item").count();
  expect(rs).toBeGreaterThan(0);
  await screenshot(page, "stay-state-in-house-room-service-closed");

  // Open hours name their end; round the clock names none.
  const closes = hhmm(new Date(Date.now() + 2 * 3600_000), hotel.timezone);
  await setRoomServiceHours(0, { opens: hhmm(new Date(Date.now() - 2 * 3600_000), hotel.timezone), closes });
  await page.goto("/stay");
  await expect(page.getByTestId("tile-room-service-state")).toHaveText(`Open now until ${closes}`);
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-in-house");
  await menu(page, "/stay/room-service", "OPEN", `Open now until ${closes}`);
  expect((await addButtons(page)).every((b) => !b.disabled)).toBe(true);

  await setRoomServiceHours(0, "round the clock");
  await menu(page, "/stay/room-service", "OPEN", "Open 24 hours");
  expect((await addButtons(page)).every((b) => !b.disabled)).toBe(true);
  await close();
});

test("departed: the stay has ended everywhere, never 'your stay has started', and no Add works", async ({ browser }) => {
  const { booking } = bookingOf(seed, "departed", 0);
  const { page, close } = await open(browser, linkOf(seed, booking.reference).url);
  await expect(page.getByTestId("stay-headline")).toHaveAttribute("data-state", "departed");
  await expect(page.getByTestId("stay-headline")).toContainText("Your stay has ended");
  await expect(page.locator("body")).not.toContainText(/stay has started/i);
  await expect(page.getByTestId("access-order")).toHaveAttribute("data-state", "no");
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-departed");
  for (const path of ["/stay/room-service", "/stay/breakfast"]) {
    await menu(page, path, "STAY_ENDED", "Your stay has ended");
    const adds = await addButtons(page);
    expect(adds.every((b) => b.disabled && b.describedBy === "ordering-state"), path).toBe(true);
    await expect(page.getByTestId("cart-bar")).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-departed-breakfast");
  await close();
});

test("a STATUS-only link says it is view-only on /stay and on both menus, with Add disabled", async ({ browser }) => {
  const { booking } = bookingOf(seed, "in_house", 0);
  const { page, close } = await open(browser, linkOf(seed, booking.reference, "STATUS").url);
  await expect(page.getByTestId("stay-headline")).toHaveAttribute("data-state", "view-only");
  await expect(page.getByTestId("stay-headline")).toContainText("View-only link");
  await expect(page.getByTestId("access-order")).toContainText("View-only link");
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-status-link");
  for (const path of ["/stay/room-service", "/stay/breakfast"]) {
    const banner = await menu(page, path, "VIEW_ONLY", "View-only link");
    await expect(banner).toContainText("cannot place orders");
    await expect(banner).toContainText("front desk");
    const adds = await addButtons(page);
    expect(adds.every((b) => b.disabled && b.describedBy === "ordering-state"), path).toBe(true);
  }
  await expectNoAxeViolations(page);
  await screenshot(page, "stay-state-status-link-menu");
  await close();
});
