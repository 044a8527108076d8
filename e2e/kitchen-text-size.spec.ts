import { expectNoAxeViolations } from "./a11y";
import { request as pwRequest, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { guestOf, openKitchenHours, orderableItems, placeRoomService, signInKitchen, ticket } from "./kitchen-helpers";

// The kitchen screen's text size: chosen on the device (small, standard, large), remembered across
// reloads and both views, and at the large size an item line is at least 32 px on a 10″ tablet in
// either orientation, with the ticket's bump button still on screen.

test.describe.configure({ mode: "serial", timeout: 240_000 });

let seed: SeedDocument;
let orderId: string;

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`ts${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
  const api = await pwRequest.newContext({ baseURL });
  const g = guestOf(seed, "in_house");
  const items = await orderableItems(api, g.slug, g.token, "room-services");
  const item = items[0]!;
  ({ order_id: orderId } = await placeRoomService(api, g, [{ item_id: item.id, quantity: 2, options: item.options.map((o) => o.id) }]));
  await api.dispose();
});

const px = (page: Page, selector: string) =>
  ticket(page, orderId)
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

for (const [name, viewport] of [
  ["portrait", { width: 800, height: 1280 }],
  ["landscape", { width: 1280, height: 800 }],
] as const) {
  test(`text size on a 10″ tablet in ${name}: large items are at least 32 px, remembered, and nothing is pushed off screen`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    await signInKitchen(page, staffOf(seed, "KITCHEN"));
    await expect(ticket(page, orderId)).toBeVisible();
    const size = page.getByRole("group", { name: "Text size" });
    await expect(size.getByRole("button", { name: "Standard text" })).toHaveAttribute("aria-pressed", "true");
    const standard = await px(page, ".kitchen-lines");

    await size.getByRole("button", { name: "Small text" }).click();
    await expect.poll(() => px(page, ".kitchen-lines")).toBeLessThan(standard);
    await screenshot(page, `kitchen-text-small-${name}`);

    await size.getByRole("button", { name: "Large text" }).click();
    await expect(size.getByRole("button", { name: "Large text" })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => px(page, ".kitchen-lines")).toBeGreaterThanOrEqual(32);
    expect(await px(page, ".kitchen-room")).toBeGreaterThan(standard);
    await expect(ticket(page, orderId).getByRole("button", { name: /Accept/ })).toBeInViewport();
    // Nothing on the ticket is cut to fit: the order time and the bump label read whole.
    for (const part of [ticket(page, orderId).getByTestId("ticket-when"), ticket(page, orderId).getByRole("button", { name: /Accept/ })]) {
      expect(await part.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().height < 2.2 * parseFloat(getComputedStyle(el).fontSize) * 1.3)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expectNoAxeViolations(page);
    await screenshot(page, `kitchen-text-large-${name}`);

    // Remembered on this device and rendered by the server: the page arrives large, with no jump.
    const html = await (await page.request.get("/kitchen")).text();
    expect(html).toContain('data-text-size="large"');
    await page.reload();
    await expect(page.getByRole("button", { name: "Large text" })).toHaveAttribute("aria-pressed", "true");
    expect(await px(page, ".kitchen-lines")).toBeGreaterThanOrEqual(32);
    // The breakfast view is loaded, not tapped to: what is checked is that it arrives large. (A tab
    // tap on a live board has, twice in CI, not navigated: an open question kept out of this check.)
    await page.goto("/kitchen/breakfast");
    await expect(page.locator(".kitchen-frame")).toHaveAttribute("data-text-size", "large");
    await ctx.close();
  });
}
