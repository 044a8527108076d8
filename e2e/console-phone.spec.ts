import { withSql } from "./db";
import { bookingOf, expect, screenshot, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// The console fits a phone: at 390 px no page is wider than the screen (nothing to scroll sideways
// to reach a button or a column). /console/chat is laid out by the chat's own work and left out here.

test.use({ viewport: { width: 390, height: 844 } });

test("every console page but the chat fits 390 px without sideways scrolling", async ({ page, seed }) => {
  test.setTimeout(240_000); // a dozen pages, each hydrated and live, on a shared 2-core machine
  const admin = staffOf(seed, "ADMIN");
  await signInUi(page, admin.email, admin.password);
  const inHouse = bookingOf(seed, "in_house").booking.reference;
  const arriving = bookingOf(seed, "arriving").booking.reference;
  const departed = bookingOf(seed, "departed").booking.reference;
  const slug = seed.hotels[0]!.slug;
  // An email of this hotel, if any was sent yet (the outbox's message page).
  const [email] = await withSql((sql) => sql`select m.id from email_messages m join hotels h on h.id = m.hotel_id where h.slug = ${slug} order by m.created_at desc limit 1`);
  const pages = [
    "/console",
    "/console/bookings",
    "/console/bookings/new",
    `/console/bookings/${inHouse}`,
    `/console/bookings/${arriving}`,
    `/console/bookings/${departed}`,
    "/console/orders",
    "/console/requests",
    "/console/breakfast",
    "/console/menus",
    "/console/settings",
    "/console/staff",
    "/console/deliveries",
    "/console/outbox",
    ...(email ? [`/console/outbox/${email.id as string}`] : []),
  ];
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // Hydrated and connected, so client-rendered lists and forms are in the measure.
    await expect(page.getByTestId("live-indicator").first()).toHaveAttribute("data-state", "live");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width}px`);
    await screenshot(page, `console-phone-${path.replace(/^\/console\/?/, "").replace(/[^a-z0-9]+/gi, "-") || "today"}`);
  }
  expect(wide).toEqual([]);
});
