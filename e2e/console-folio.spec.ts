import { request as pwRequest } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { ageOrder, checkInStay, createStay, hotelDate, moveOrder, openDesk } from "./desk-helpers";
import { expect, issueLink, screenshot, test } from "./fixtures";
import { bearer, orderPath, simpleItems } from "./orders-helpers";
import { signInUi } from "./staff-helpers";

// Issue 21 point 6, the booking page: the stay's orders and what is charged (accepted or
// delivered, never cancelled), a link to the conversation, and a check-out that first lists open
// orders, unanswered messages and the total.

test("the booking page keeps a folio, links the conversation, and check-out confirms with what is open", async ({ page, seed, baseURL }) => {
  test.slow();
  const { hotel, origin, desk, deskApi } = await openDesk(seed, baseURL!);
  const guestName = `Folio Guest ${Date.now().toString(36)}`;
  const reference = await createStay(deskApi, { guestName, checkInDate: hotelDate(hotel.timezone), checkOutDate: hotelDate(hotel.timezone, 2) });
  await checkInStay(deskApi, hotel.slug, reference, origin);
  const { token } = await issueLink(reference);
  const guest = await pwRequest.newContext({ baseURL });
  const [a, b] = await simpleItems(guest, hotel.slug, token);
  const order = async (itemId: string, quantity: number) => {
    const res = await guest.post(orderPath(hotel.slug), { headers: bearer(token), data: { items: [{ item_id: itemId, quantity }] } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { order_id: string; total_amount: string; currency: string };
  };
  const pending = await order(a!.id, 1);
  const accepted = await order(b!.id, 1);
  const delivered = await order(a!.id, 2);
  const cancelled = await order(b!.id, 3);
  await moveOrder(deskApi, accepted.order_id, "PENDING", "ACCEPTED", origin);
  await moveOrder(deskApi, delivered.order_id, "PENDING", "DELIVERED", origin);
  await moveOrder(deskApi, cancelled.order_id, "PENDING", "CANCELLED", origin, { reason: "Kitchen closed early" });
  const money = (n: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: pending.currency }).format(n);
  const charged = money(Number(accepted.total_amount) + Number(delivered.total_amount));
  const sent = await guest.post(`/api/public/hotel/${hotel.slug}/chat/message/`, { headers: bearer(token), data: { message: "Can we check out at noon?" } });
  expect(sent.status()).toBe(200);

  await page.setViewportSize({ width: 1440, height: 900 });
  await signInUi(page, desk.email, desk.password);
  await page.goto(`/console/bookings/${reference}`);
  const folio = page.getByRole("region", { name: "Orders and charges" });
  await expect(folio.getByTestId("folio-line")).toHaveCount(4);
  await expect(folio.locator('[data-testid="folio-line"][data-status="CANCELLED"]')).toContainText(money(Number(cancelled.total_amount)));
  await expect(folio.getByTestId("folio-charged")).toHaveText(charged);
  await expect(folio.getByTestId("folio-awaiting")).toHaveText(money(Number(pending.total_amount)));
  const conversation = page.getByTestId("conversation-link");
  await expect(conversation).toContainText("waiting for a reply");
  await expect(conversation).toHaveAttribute("href", /^\/console\/chat\?conversation=[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
  await screenshot(page, "desk-booking-folio-1440");

  // Live: the desk accepts the waiting order elsewhere; the folio's charge follows without a reload.
  await moveOrder(deskApi, pending.order_id, "PENDING", "ACCEPTED", origin);
  const chargedAll = money(Number(accepted.total_amount) + Number(delivered.total_amount) + Number(pending.total_amount));
  await expect(folio.getByTestId("folio-charged")).toHaveText(chargedAll);

  // Check-out asks first, showing what is still open.
  await page.getByRole("button", { name: "Check out" }).click();
  const summary = page.getByTestId("checkout-summary");
  await expect(summary.getByTestId("checkout-open-orders")).toHaveText("2 open orders (they stay with the kitchen to finish):");
  await expect(summary.getByTestId("checkout-unanswered")).toContainText("1 unread message from the guest, not answered.");
  await expect(summary.getByTestId("checkout-total")).toContainText(`Charged to the room: ${chargedAll}`);
  await expectNoAxeViolations(page);
  await screenshot(page, "desk-booking-checkout-confirm-1440");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "desk-booking-checkout-confirm-390");
  await page.getByRole("button", { name: "Confirm check-out" }).click();
  await expect(page.getByText("No stay actions: this booking is checked out.")).toBeVisible();
  // The booking's conversation link opens that conversation, not just the inbox.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId("conversation-link").click();
  await expect(page).toHaveURL(/\/console\/chat\?conversation=/);
  await expect(page.getByTestId("staff-chat-messages").getByText("Can we check out at noon?")).toBeVisible();
  await guest.dispose();
  await deskApi.dispose();
});

test("the console lists late orders and can put the oldest first", async ({ page, seed, baseURL }) => {
  const { hotel, origin, desk, deskApi } = await openDesk(seed, baseURL!);
  const reference = await createStay(deskApi, { guestName: `Queue Guest ${Date.now().toString(36)}`, checkInDate: hotelDate(hotel.timezone), checkOutDate: hotelDate(hotel.timezone, 2) });
  await checkInStay(deskApi, hotel.slug, reference, origin);
  const { token } = await issueLink(reference);
  const guest = await pwRequest.newContext({ baseURL });
  const [item] = await simpleItems(guest, hotel.slug, token);
  const order = async () => ((await (await guest.post(orderPath(hotel.slug), { headers: bearer(token), data: { items: [{ item_id: item!.id, quantity: 1 }] } })).json()) as { order_id: string }).order_id;
  const old = await order();
  const recent = await order();
  await ageOrder(old, 45);

  // The API owns the rule: late_at has passed for the old order only; sort=oldest turns the list.
  const api = (await (await deskApi.get("/api/console/orders?status=open&sort=oldest")).json()) as { orders: { order_id: string; late_at: string | null }[] };
  const ids = api.orders.map((o) => o.order_id);
  expect(ids.indexOf(old)).toBeLessThan(ids.indexOf(recent));
  expect(Date.parse(api.orders.find((o) => o.order_id === old)!.late_at!)).toBeLessThan(Date.now());
  expect((await deskApi.get("/api/console/orders?sort=sideways")).status()).toBe(400);

  await page.setViewportSize({ width: 1440, height: 900 });
  await signInUi(page, desk.email, desk.password);
  await page.goto("/console/orders");
  const card = (id: string) => page.locator(`[data-testid="queue-order"][data-order-id="${id}"]`);
  await expect(card(old).getByTestId("order-late")).toHaveText("Late");
  await expect(card(old)).toHaveAttribute("data-late", "true");
  await expect(card(recent).getByTestId("order-late")).toHaveCount(0);
  const queueOrder = async () => page.locator('[data-testid="queue-order"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-order-id")));
  // Default: newest first, as before.
  await expect.poll(async () => { const o = await queueOrder(); return o.indexOf(recent) < o.indexOf(old); }).toBe(true);
  await page.getByRole("button", { name: "Oldest first" }).click();
  await expect(page.getByRole("button", { name: "Oldest first" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => { const o = await queueOrder(); return o.indexOf(old) < o.indexOf(recent); }).toBe(true);
  await expectNoAxeViolations(page);
  await screenshot(page, "desk-orders-late-oldest-1440");
  await guest.dispose();
  await deskApi.dispose();
});
