import { expectNoAxeViolations } from "./a11y";
import type { Browser, Locator, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test as base, type SeedDocument } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// The ordering screens end to end in Chromium: the guest portal (menu → item sheet → cart →
// order → confirmation → live tracking), the console queue (live, badge, chime, accept, advance,
// cancel with a reason) and the breakfast list. Several contexts and axe scans per test.
base.describe.configure({ timeout: 180_000 });

// Own hotels: the flows open room service all day (00:00–23:59) and move the breakfast cut-off to
// 23:59 through the settings API, so they do not depend on the hour the suite runs at.
const test = base.extend<object, { seed: SeedDocument }>({
  seed: [
    async ({}, use) => {
      const seed = await seedIsolated(`ou${randomBytes(3).toString("hex")}`);
      const admin = staffOf(seed, "ADMIN");
      const api = await signedInApi(`http://localhost:${process.env.E2E_PORT ?? 3100}`, { email: admin.email, password: admin.password });
      const { hotel } = (await (await api.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
      const res = await api.put("/api/console/hotel", { data: { ...hotel, roomServiceAllDay: true, breakfastCutoff: "23:59" } });
      expect(res.status(), await res.text()).toBe(200);
      await api.dispose();
      await use(seed);
    },
    { scope: "worker" },
  ],
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Where an order card's progress labels sit: how many are drawn, the smallest gap between neighbours, and whether any text leaves the card. */
async function stepLayout(card: Locator) {
  return card.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const labels = [...el.querySelectorAll<HTMLElement>('[data-testid="order-step-label"]')].map((l) => l.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
    const gaps = labels.slice(1).map((r, i) => r.left - labels[i]!.right);
    const texts = [...el.querySelectorAll<HTMLElement>('[data-testid="order-steps"], [data-testid="order-step-summary"]')].filter((t) => t.getBoundingClientRect().width > 1);
    const summary = el.querySelector<HTMLElement>('[data-testid="order-step-summary"]');
    return {
      shownLabels: labels.length,
      minGap: gaps.length ? Math.min(...gaps) : null,
      summaryShown: !!summary && summary.getBoundingClientRect().height > 0,
      overflow: texts.some((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > box.right || t.getBoundingClientRect().left < box.left),
    };
  });
}

async function guestPage(browser: Browser, seed: SeedDocument, viewport = PHONE) {
  const { booking, hotel } = bookingOf(seed, "in_house");
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  return { ctx, page, booking, hotel };
}

async function staffPage(browser: Browser, seed: SeedDocument, role: "FRONT_DESK" | "KITCHEN" | "ADMIN" = "FRONT_DESK", viewport = DESKTOP) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  const s = staffOf(seed, role);
  // The kitchen lands on its screen; these flows use the console's pages, reached from there.
  await signInUi(page, s.email, s.password, role === "KITCHEN" ? /\/kitchen$/ : undefined);
  if (role === "KITCHEN") await page.goto("/console/orders");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  return { ctx, page };
}

const dish = (page: Page, name: string) => page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name, exact: true }) });
const markNoReload = (page: Page) => page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const noReloadHappened = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

async function guestOrderCount(page: Page, slug: string): Promise<number> {
  const res = await page.request.get(`/api/public/hotel/${slug}/room-services/orders/`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { orders: unknown[] }).orders.length;
}

test("a guest orders room service; the cart survives a reload, a double tap makes one order, staff accept it live and the guest sees each step live", async ({ browser, seed }) => {
  const { ctx: guestCtx, page: guest, hotel } = await guestPage(browser, seed);
  await guest.getByRole("link", { name: "Room service menu" }).click();
  await expect(guest.getByRole("heading", { name: "Room service menu" })).toBeVisible();
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");

  // Item sheet: quantity, instructions.
  await dish(guest, "Hummus & flatbread").getByRole("button", { name: "Add Hummus & flatbread" }).click();
  const sheet = guest.getByRole("dialog", { name: "Hummus & flatbread" });
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "One more" }).click();
  await sheet.getByLabel("Instructions").fill("Extra lemon please");
  await sheet.getByRole("button", { name: /Add to order/ }).click();
  await expect(sheet).toBeHidden();

  // A required choice is enforced in the sheet before it reaches the cart.
  await dish(guest, "Club sandwich").getByRole("button", { name: "Add Club sandwich" }).click();
  const club = guest.getByRole("dialog", { name: "Club sandwich" });
  await club.getByRole("button", { name: /Add to order/ }).click();
  await expect(club.getByText("Please choose bread.")).toBeVisible();
  await club.getByLabel("Wholemeal").check();
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-item-sheet-phone");
  await club.getByRole("button", { name: /Add to order/ }).click();
  await expect(guest.getByTestId("cart-line")).toHaveCount(2);
  await expect(guest.getByTestId("cart-bar")).toContainText("3 items");

  // The cart survives a reload.
  await guest.reload();
  await expect(guest.getByTestId("cart-line")).toHaveCount(2);
  await expect(guest.getByTestId("cart-line").first()).toContainText("Hummus & flatbread");
  await expect(guest.getByTestId("cart-line").first()).toContainText("Extra lemon please");
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-cart-phone");

  // Staff wait on another console page: the new order shows as a badge on the Orders link.
  const { ctx: staffCtx, page: staff } = await staffPage(browser, seed);
  const badge = staff.getByTestId("new-orders-badge");
  await expect(badge).toHaveAttribute("data-unread", "0");

  const before = await guestOrderCount(guest, hotel.slug);
  // Double tap: one order.
  await guest.getByRole("button", { name: "Place order" }).dblclick();
  const confirmation = guest.getByTestId("order-confirmation");
  await expect(confirmation).toBeVisible();
  await expect(guest.getByTestId("placed-total")).toHaveText(/\d/);
  await expect(guest.getByTestId("placed-eta")).toHaveText(/^\d\d:\d\d$/);
  const orderId = await confirmation.getAttribute("data-order-id");
  expect(orderId).toBeTruthy();
  expect(await guestOrderCount(guest, hotel.slug)).toBe(before + 1);
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-confirmation-phone");
  // The cart is emptied once the order is in (and stays empty after a reload).
  await guest.reload();
  await expect(guest.getByTestId("cart-line")).toHaveCount(0);

  // Live in the console: the badge counts it and the chime was played.
  await expect(badge).toHaveAttribute("data-unread", "1");
  await expect(staff.getByRole("link", { name: /Orders.*1 new order/ })).toBeVisible();
  await expect(badge).toHaveAttribute("data-chimes", /^[1-9]/);
  await markNoReload(staff);
  await staff.getByRole("link", { name: /^Orders/ }).click();
  await expect(staff.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  const ticket = staff.locator(`[data-testid="queue-order"][data-order-id="${orderId}"]`);
  await expect(ticket).toHaveAttribute("data-status", "PENDING");
  await expect(ticket).toContainText("Hummus & flatbread");
  await expect(ticket).toContainText("Wholemeal");
  await expect(badge).toHaveAttribute("data-unread", "0");

  // The guest follows it without reloading.
  await guest.goto("/stay/orders");
  await expect(guest.getByRole("heading", { name: "Your orders" })).toBeVisible();
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const card = guest.locator(`[data-testid="guest-order"][data-order-id="${orderId}"]`);
  await expect(card).toHaveAttribute("data-status", "PENDING");
  await markNoReload(guest);

  // Accept with a new ETA, then advance.
  await ticket.getByRole("button", { name: "Accept" }).click();
  await ticket.getByLabel("New ETA in minutes (optional)").fill("40");
  await expectNoAxeViolations(staff);
  await screenshot(staff, "orders-ui-console-queue-desktop");
  await ticket.getByRole("button", { name: "Confirm accept" }).click();
  await expect(ticket).toHaveAttribute("data-status", "ACCEPTED");
  await expect(card).toHaveAttribute("data-status", "ACCEPTED");
  await expect(card.getByTestId("order-status")).toHaveText("Accepted");
  await ticket.getByRole("button", { name: "Start preparing" }).click();
  await expect(ticket).toHaveAttribute("data-status", "PREPARING");
  await expect(card).toHaveAttribute("data-status", "PREPARING");
  await expect(card.getByRole("listitem").and(card.locator('[aria-current="step"]'))).toContainText("Preparing");
  // Accepted orders can no longer be cancelled by the guest.
  await expect(card.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  expect(await noReloadHappened(guest)).toBe(true);
  expect(await noReloadHappened(staff)).toBe(true);
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-tracking-phone");

  // The queue's filters: by type and status.
  await staff.getByLabel("Type").selectOption("BREAKFAST");
  await expect(ticket).toHaveCount(0);
  await staff.getByLabel("Type").selectOption("ROOM_SERVICE");
  await staff.getByLabel("Status").selectOption("PREPARING");
  await expect(ticket).toHaveCount(1);
  await staff.getByLabel("Status").selectOption("PENDING");
  await expect(ticket).toHaveCount(0);
  await guestCtx.close();
  await staffCtx.close();
});

test("cancel while pending (guest), cancel with a reason (staff), and the guest sees both live", async ({ browser, seed }) => {
  const { ctx: guestCtx, page: guest, hotel } = await guestPage(browser, seed);
  const item = (await (await guest.request.get(`/api/public/hotel/${hotel.slug}/room-services/menu/`)).json()) as {
    categories: { items: { id: string; name: string; available: boolean; options: { required: boolean }[] }[] }[];
  };
  const simple = item.categories.flatMap((c) => c.items).find((i) => i.available && !i.options.some((g) => g.required));
  expect(simple, "an orderable dish without required choices").toBeTruthy();
  const place = async (key: string) => {
    const res = await guest.request.post(`/api/public/hotel/${hotel.slug}/room-services/order/`, {
      headers: { "Idempotency-Key": key },
      data: { items: [{ item_id: simple!.id, quantity: 1 }] },
    });
    expect(res.status()).toBeLessThan(300);
    return ((await res.json()) as { order_id: string }).order_id;
  };
  const mine = await place(`e2e-cancel-guest-${Date.now()}`);
  const theirs = await place(`e2e-cancel-staff-${Date.now()}`);

  await guest.goto("/stay/orders");
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const mineCard = guest.locator(`[data-testid="guest-order"][data-order-id="${mine}"]`);
  const theirsCard = guest.locator(`[data-testid="guest-order"][data-order-id="${theirs}"]`);
  await expect(mineCard).toHaveAttribute("data-status", "PENDING");
  await markNoReload(guest);
  await mineCard.getByRole("button", { name: "Cancel order" }).click();
  await mineCard.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(mineCard).toHaveAttribute("data-status", "CANCELLED");
  await expect(guest.getByRole("heading", { name: "History" })).toBeVisible();

  const { ctx: staffCtx, page: staff } = await staffPage(browser, seed, "KITCHEN", PHONE);
  await staff.goto("/console/orders");
  const ticket = staff.locator(`[data-testid="queue-order"][data-order-id="${theirs}"]`);
  await expect(ticket).toHaveAttribute("data-status", "PENDING");
  // The guest's own cancel left the open queue.
  await expect(staff.locator(`[data-testid="queue-order"][data-order-id="${mine}"]`)).toHaveCount(0);
  await ticket.getByRole("button", { name: "Cancel order" }).click();
  const dialog = staff.getByRole("dialog", { name: "Cancel this order?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Reason").fill("The kitchen has run out of it");
  await expectNoAxeViolations(staff);
  await screenshot(staff, "orders-ui-console-cancel-phone");
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(ticket).toHaveCount(0); // gone from the open queue
  await expect(theirsCard).toHaveAttribute("data-status", "CANCELLED");
  await expect(theirsCard).toContainText("The kitchen has run out of it");
  expect(await noReloadHappened(guest)).toBe(true);
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-history-phone");
  await guestCtx.close();
  await staffCtx.close();
});

test("a breakfast order for a morning of the stay shows in the console breakfast list with per-item counts", async ({ browser, seed }) => {
  const { ctx: guestCtx, page: guest } = await guestPage(browser, seed);
  await guest.goto("/stay/breakfast");
  await expect(guest.getByRole("heading", { name: "Breakfast menu" })).toBeVisible();
  await dish(guest, "Pancakes").getByRole("button", { name: "Add Pancakes" }).click();
  const sheet = guest.getByRole("dialog", { name: "Pancakes" });
  await sheet.getByRole("button", { name: "One more" }).click();
  await sheet.getByRole("button", { name: /Add to order/ }).click();
  await dish(guest, "Full breakfast").getByRole("button", { name: "Add Full breakfast" }).click();
  const full = guest.getByRole("dialog", { name: "Full breakfast" });
  await full.getByLabel("Scrambled").check();
  await full.getByRole("button", { name: /Add to order/ }).click();

  // The form offers the stay's mornings (the first still open is chosen), the slots and the guests.
  const morning = guest.getByLabel("Morning");
  await expect(morning.locator("option:not([disabled])").first()).toBeAttached();
  await expect(guest.getByTestId("breakfast-cutoff")).toContainText(/Order by \d\d:\d\d on .* \(hotel time/);
  await guest.getByLabel("Time").selectOption("08:00");
  await guest.getByLabel("Guests").selectOption("2");
  const date = await morning.inputValue();
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-breakfast-order-phone");
  await guest.getByRole("button", { name: "Place order" }).click();
  const confirmation = guest.getByTestId("order-confirmation");
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText("at 08:00");

  const { ctx: staffCtx, page: staff } = await staffPage(browser, seed, "KITCHEN");
  await staff.getByRole("link", { name: "Breakfast" }).click();
  await expect(staff.getByRole("heading", { name: "Breakfast", level: 1 })).toBeVisible();
  await staff.getByLabel("Date").fill(date);
  const slot = staff.locator('[data-testid="bf-slot"][data-slot="08:00"]');
  await expect(slot).toContainText("2 guests");
  await expect(slot.locator('[data-testid="bf-slot-counts"] tr[data-item="Pancakes"] td').last()).toHaveText("2");
  await expect(slot.locator('[data-testid="bf-slot-counts"] tr[data-item="Full breakfast"] td').last()).toHaveText("1");
  await expect(staff.locator('[data-testid="bf-total-counts"] tr[data-item="Pancakes"] td').last()).toHaveText("2");
  await expectNoAxeViolations(staff);
  await screenshot(staff, "orders-ui-console-breakfast-desktop");
  await guestCtx.close();
  await staffCtx.close();
});

test("the new pages on the other window size (guest pages on desktop, console pages on a phone)", async ({ browser, seed }) => {
  const { ctx: guestCtx, page: guest } = await guestPage(browser, seed, DESKTOP);
  await guest.goto("/stay/orders");
  await expect(guest.getByRole("heading", { name: "Your orders" })).toBeVisible();
  await expect(guest.getByTestId("guest-order").first()).toBeVisible();
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-tracking-desktop");
  // The progress steps' labels never touch: side by side with room to spare on a wide screen; on a
  // phone (320–414 px) a "Step n of 6" line instead, each label still read out; nothing leaves the card.
  const card = guest.getByTestId("guest-order").first();
  expect(await stepLayout(card)).toMatchObject({ shownLabels: 6, summaryShown: false, minGap: expect.any(Number), overflow: false });
  expect((await stepLayout(card)).minGap).toBeGreaterThanOrEqual(4);
  for (const width of [320, 375, 414]) {
    await guest.setViewportSize({ width, height: 800 });
    const layout = await stepLayout(card);
    expect(layout, `at ${width} px`).toMatchObject({ shownLabels: 0, summaryShown: true, overflow: false });
    await expect(card.getByRole("list", { name: "Progress" }).getByRole("listitem")).toHaveText(["Received", "Accepted", "Preparing", "Ready", "On its way", "Delivered"].map((l) => new RegExp(`^${l}`)));
    await screenshot(guest, `orders-ui-tracking-steps-${width}px`);
  }
  await guest.setViewportSize(DESKTOP);
  await guest.goto("/stay/room-service");
  await dish(guest, "Caesar salad").getByRole("button", { name: "Add Caesar salad" }).click();
  await expect(guest.getByRole("dialog", { name: "Caesar salad" })).toBeVisible();
  await screenshot(guest, "orders-ui-item-sheet-desktop");
  await guest.getByRole("dialog", { name: "Caesar salad" }).getByRole("button", { name: /Add to order/ }).click();
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-cart-desktop");
  await guest.goto("/stay/breakfast");
  await dish(guest, "Pancakes").getByRole("button", { name: "Add Pancakes" }).click();
  await guest.getByRole("dialog", { name: "Pancakes" }).getByRole("button", { name: /Add to order/ }).click();
  await expect(guest.getByLabel("Morning")).toBeVisible();
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-breakfast-order-desktop");

  const { ctx: staffCtx, page: staff } = await staffPage(browser, seed, "ADMIN", PHONE);
  await staff.goto("/console/orders");
  await staff.getByLabel("Status").selectOption("");
  await staff.getByRole("button", { name: "Any date" }).click();
  await expect(staff.getByTestId("queue-order").first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await screenshot(staff, "orders-ui-console-queue-phone");
  await staff.goto("/console/breakfast");
  await expect(staff.getByRole("heading", { name: "Breakfast", level: 1 })).toBeVisible();
  await expect(staff.getByText(/No breakfast orders|Whole morning/)).toBeVisible();
  await expectNoAxeViolations(staff);
  await screenshot(staff, "orders-ui-console-breakfast-phone");
  await guestCtx.close();
  await staffCtx.close();
});

test("a dish sold out after it went into the cart: the order button says why, nothing is ordered, the cart is kept", async ({ browser, seed }) => {
  const { ctx: guestCtx, page: guest, hotel } = await guestPage(browser, seed);
  await guest.goto("/stay/room-service");
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const burrata = dish(guest, "Burrata with tomatoes");
  const itemId = await burrata.getAttribute("data-item-id");
  await burrata.getByRole("button", { name: "Add Burrata with tomatoes" }).click();
  await guest.getByRole("dialog", { name: "Burrata with tomatoes" }).getByRole("button", { name: /Add to order/ }).click();
  await expect(guest.getByTestId("cart-line")).toHaveCount(1);

  const admin = staffOf(seed, "ADMIN");
  const api = await signedInApi(`http://localhost:${process.env.E2E_PORT ?? 3100}`, { email: admin.email, password: admin.password });
  const res = await api.put(`/api/console/menus/items/${itemId}/sold-out`, { data: { soldOut: true } });
  expect(res.status(), await res.text()).toBe(200);
  // The open menu greys it live; the cart still holds it.
  await expect(burrata).toHaveAttribute("data-available", "false");
  await expect(guest.getByTestId("cart-line-unavailable")).toHaveText("Now sold out: remove it to order.");

  const before = await guestOrderCount(guest, hotel.slug);
  await guest.getByRole("button", { name: "Place order" }).click();
  const error = guest.getByTestId("order-error");
  await expect(error).toContainText("Your order was not placed.");
  await expect(error).toContainText(/sold out/i);
  await expect(guest.getByTestId("cart-line")).toHaveCount(1);
  expect(await guestOrderCount(guest, hotel.slug)).toBe(before);
  await expectNoAxeViolations(guest);
  await screenshot(guest, "orders-ui-order-error-phone");
  await api.put(`/api/console/menus/items/${itemId}/sold-out`, { data: { soldOut: false } });
  await api.dispose();
  await guestCtx.close();
});
