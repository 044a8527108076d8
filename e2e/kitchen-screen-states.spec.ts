import { expect, staffOf, test } from "./fixtures";
import { guestOf, openKitchenHours, orderableItems, placeRoomService, signInKitchen, ticket } from "./kitchen-helpers";
import { signedInApi } from "./staff-helpers";

// States of the kitchen screen that must say one true thing: offline is unmistakable (a
// full-width banner, the board dimmed and taking no bumps, until the connection is back), and a
// ticket cancelled mid-preparation flashes where the cook last saw it.

test("the kitchen board says it is offline across the screen, takes no bumps, and recovers", async ({ browser, seed }) => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  await expect(page.getByTestId("kitchen-offline")).toHaveCount(0);
  await expect(page.locator("main")).not.toHaveAttribute("inert");

  await ctx.setOffline(true);
  const banner = page.getByTestId("kitchen-offline");
  await expect(banner).toContainText("Offline: new orders are not arriving.");
  const box = (await banner.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(1270);
  await expect(page.locator("main")).toHaveAttribute("inert", "");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "offline");

  await ctx.setOffline(false);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live", { timeout: 30_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.locator("main")).not.toHaveAttribute("inert");
  await ctx.close();
});

test("a ticket cancelled while it is being prepared flashes in Preparing with its reason, then leaves", async ({ browser, seed, request, baseURL }) => {
  await openKitchenHours(seed);
  const g = guestOf(seed, "in_house");
  const items = await orderableItems(request, g.slug, g.token, "room-services");
  const { order_id } = await placeRoomService(request, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);
  const desk = await signedInApi(baseURL!, staffOf(seed, "FRONT_DESK"));
  const move = async (from: string, status: string, reason?: string) =>
    expect((await desk.post(`/api/console/orders/${order_id}/status`, { data: { status, from_status: from, ...(reason ? { reason } : {}) } })).status()).toBe(200);
  await move("PENDING", "ACCEPTED");
  await move("ACCEPTED", "PREPARING");

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  await expect(page.getByTestId("column-preparing").locator(`[data-order-id="${order_id}"]`)).toBeVisible();
  await move("PREPARING", "CANCELLED", "Guest left early");
  const flashing = page.getByTestId("column-preparing").locator(`[data-order-id="${order_id}"]`);
  await expect(flashing.getByTestId("cancel-reason")).toContainText("Guest left early");
  await expect(page.getByTestId("column-new").locator(`[data-order-id="${order_id}"]`)).toHaveCount(0);
  await expect(ticket(page, order_id)).toHaveCount(0, { timeout: 20_000 });
  await ctx.close();
  await desk.dispose();
});
