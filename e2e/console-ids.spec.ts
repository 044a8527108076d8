import { bookingOf, expect, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// Element ids are unique on every console page (a label must never toggle another form's field),
// and each role lands where its work is: the kitchen on its screen, admins with a way there.

test("no console page repeats an element id", async ({ page, seed }) => {
  test.setTimeout(180_000); // 14 pages, each hydrated and live, on a shared 2-core machine
  const admin = staffOf(seed, "ADMIN");
  await signInUi(page, admin.email, admin.password);
  const { booking } = bookingOf(seed, "in_house");
  const pages = [
    "/console",
    "/console/bookings",
    "/console/bookings/new",
    `/console/bookings/${booking.reference}`,
    "/console/orders",
    "/console/breakfast",
    "/console/menus",
    "/console/requests",
    "/console/chat",
    "/console/chat/quick-replies",
    "/console/settings",
    "/console/staff",
    "/console/deliveries",
    "/console/outbox",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // Hydrated and connected (the header's indicator goes live), so client-rendered forms are in.
    await expect(page.getByTestId("live-indicator").first()).toHaveAttribute("data-state", "live");
    const repeated = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(repeated, path).toEqual([]);
  }
});

test("a kitchen user lands on the kitchen screen; an admin finds it in the console, the desk does not; housekeeping lands on its requests", async ({ browser, seed }) => {
  const kitchenCtx = await browser.newContext();
  const kitchen = await kitchenCtx.newPage();
  const cook = staffOf(seed, "KITCHEN");
  await kitchen.goto("/login");
  await kitchen.getByLabel("Email").fill(cook.email);
  await kitchen.getByLabel("Password").fill(cook.password);
  await kitchen.getByRole("button", { name: "Sign in" }).click();
  await expect(kitchen).toHaveURL(/\/kitchen$/);
  // A link to Today (a bookmark, the console's home) takes the kitchen to its screen too.
  await kitchen.goto("/console");
  await expect(kitchen).toHaveURL(/\/kitchen$/);
  await kitchenCtx.close();

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  const a = staffOf(seed, "ADMIN");
  await signInUi(admin, a.email, a.password);
  await admin.getByRole("link", { name: "Kitchen screen" }).click();
  await expect(admin).toHaveURL(/\/kitchen$/);
  await adminCtx.close();

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  const d = staffOf(seed, "FRONT_DESK");
  await signInUi(desk, d.email, d.password);
  await expect(desk.getByRole("link", { name: "Today" })).toBeVisible();
  await expect(desk.getByRole("link", { name: "Kitchen screen" })).toHaveCount(0);
  await deskCtx.close();

  // Housekeeping lands on its request queue, and its menu holds nothing else of the hotel's work.
  const hkCtx = await browser.newContext();
  const hk = await hkCtx.newPage();
  const h = staffOf(seed, "HOUSEKEEPING");
  await signInUi(hk, h.email, h.password, /\/console\/requests$/);
  await expect(hk.getByRole("link", { name: /^Requests/ })).toBeVisible();
  for (const name of ["Today", "Orders", "Bookings", "Kitchen screen"]) await expect(hk.getByRole("link", { name, exact: true })).toHaveCount(0);
  await hkCtx.close();
});
