import { expectNoAxeViolations } from "./a11y";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, staffOf, test } from "./fixtures";
import { bearer, guestOf, hhmm, orderableItems, placeRoomService } from "./kitchen-helpers";
import { signInUi } from "./staff-helpers";

// A hotel whose kitchen never closes can say so: "Open 24 hours" in the settings, the guest menu
// says round the clock, and an order is taken at an hour outside any hours typed before.

test("an admin opens room service round the clock; the guest menu says so and takes orders at any hour", async ({ page, request }) => {
  const seed = await seedIsolated(`ad${randomBytes(3).toString("hex")}`);
  const admin = staffOf(seed, "ADMIN");
  const tz = seed.hotels[0]!.timezone;
  await signInUi(page, admin.email, admin.password);
  await page.goto("/console/settings");
  // Hours that exclude now, so only round the clock can let the order through.
  await page.getByLabel("Opens").fill(hhmm(new Date(Date.now() + 2 * 3600_000), tz));
  await page.getByLabel("Closes").fill(hhmm(new Date(Date.now() + 3 * 3600_000), tz));
  await page.getByLabel("Open 24 hours").check();
  await expect(page.getByLabel("Opens")).toHaveAttribute("readonly", "");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Open 24 hours")).toBeChecked();

  const g = guestOf(seed, "in_house");
  const menu = (await (await request.get(`/api/public/hotel/${g.slug}/room-services/menu/`, { headers: bearer(g.token) })).json()) as { hours: { all_day: boolean } };
  expect(menu.hours.all_day).toBe(true);
  const item = (await orderableItems(request, g.slug, g.token, "room-services"))[0]!;
  await placeRoomService(request, g, [{ item_id: item.id, quantity: 1, options: item.options.map((o) => o.id) }]);
});
