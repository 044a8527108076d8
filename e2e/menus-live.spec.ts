import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, screenshot, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// Two browser contexts, a sign-in and axe scans: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

// The kitchen switches a dish to sold out in the console; a guest with the menu open sees it
// change without reloading, through menu.changed on the hotel's public menu channel.
test("a sold-out toggle in the console shows on an open guest menu page without reload", async ({ browser, seed }) => {
  const { booking } = bookingOf(seed, "in_house");
  const guestCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guest = await guestCtx.newPage();
  await guest.goto(linkOf(seed, booking.reference).url);
  await guest.getByRole("link", { name: "Room service menu" }).click();
  await expect(guest).toHaveURL(/\/stay\/room-service$/);
  await expect(guest.getByRole("heading", { name: "Room service menu" })).toBeVisible();
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const dish = guest.getByTestId("menu-item").filter({ has: guest.getByRole("heading", { name: "Fresh orange juice" }) });
  await expect(dish).toHaveCount(1);
  await expect(dish.getByTestId("unavailable-reason").filter({ hasText: "Sold out" })).toHaveCount(0);
  // A marker that a reload would wipe.
  await guest.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await expectNoAxeViolations(guest);
  await screenshot(guest, "menus-guest-room-service-phone");

  const staffCtx = await browser.newContext();
  const kitchen = await staffCtx.newPage();
  const k = staffOf(seed, "KITCHEN");
  // The kitchen lands on its screen, which links to the menu for sold-out switches.
  await signInUi(kitchen, k.email, k.password, /\/kitchen$/);
  // Live means hydrated and connected: a tap before hydration could be lost (CI saw one).
  await expect(kitchen.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await kitchen.getByRole("link", { name: "Menus and sold out" }).click();
  await expect(kitchen).toHaveURL(/\/console\/menus$/);
  await expect(kitchen.getByRole("heading", { name: "Menus", level: 1 })).toBeVisible();
  // The kitchen may not edit, only switch sold-out.
  await expect(kitchen.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  const toggle = kitchen.getByRole("button", { name: "Fresh orange juice: sold out" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expectNoAxeViolations(kitchen);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await expect(dish.getByTestId("unavailable-reason")).toHaveText("Sold out");
  await expect(dish).toHaveAttribute("data-available", "false");
  expect(await guest.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await screenshot(guest, "menus-guest-sold-out-phone");

  // And back in stock, still without reload.
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  // (Out of room-service hours the dish keeps an hours note, so only "sold out" is checked.)
  await expect(dish.getByTestId("unavailable-reason").filter({ hasText: "Sold out" })).toHaveCount(0);
  await guestCtx.close();
  await staffCtx.close();
});

test("the breakfast menu page and the admin editor, on phone and desktop", async ({ browser, seed }) => {
  const { booking } = bookingOf(seed, "in_house");
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    await page.goto(linkOf(seed, booking.reference).url);
    await page.goto("/stay/breakfast");
    await expect(page.getByRole("heading", { name: "Breakfast menu" })).toBeVisible();
    await expect(page.getByTestId("menu-item").filter({ hasText: "Pancakes" })).toHaveAttribute("data-available", "true");
    await expectNoAxeViolations(page);
    await screenshot(page, `menus-guest-breakfast-${viewport.width}`);
    await ctx.close();
  }
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const admin = staffOf(seed, "ADMIN");
  await signInUi(page, admin.email, admin.password);
  await page.goto("/console/menus");
  await page.getByRole("button", { name: "Edit Pancakes" }).click();
  const form = page.getByRole("form", { name: "Edit Pancakes" });
  await expect(form.getByLabel("Price (EUR)")).toHaveValue("10.50");
  await expectNoAxeViolations(page);
  await screenshot(page, "menus-console-edit-item");
  await form.getByLabel("Price (EUR)").fill("11.25");
  await form.getByRole("button", { name: "Save item" }).click();
  await expect(page.getByTestId("console-menu-item").filter({ hasText: "Pancakes" })).toContainText("€11.25");
  await ctx.close();
});
