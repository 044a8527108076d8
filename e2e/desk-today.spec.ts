import { request as pwRequest, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { ageOrder, checkInStay, createStay, hotelDate, openDesk } from "./desk-helpers";
import { expect, issueLink, screenshot, test } from "./fixtures";
import { bearer, orderPath, simpleItems } from "./orders-helpers";
import { signInUi } from "./staff-helpers";

// Issue 21 point 6, Today: open and late orders with their age, guests waiting for a reply with
// their waiting time, arrivals with their pre-check-in, one-click check-in; live, and ticking.

async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __same?: boolean }).__same === true);
const minutesOf = async (page: Page, orderId: string) => Number((await page.locator(`[data-testid="today-order"][data-order-id="${orderId}"] [data-testid="order-age"]`).textContent())?.match(/(\d+) min/)?.[1] ?? NaN);

test("Today shows what needs doing now, live, and checks a guest in with one click", async ({ page, seed, baseURL }) => {
  test.slow();
  const { hotel, origin, desk, deskApi } = await openDesk(seed, baseURL!);
  const tag = Date.now().toString(36);
  const stay = (who: string) => createStay(deskApi, { guestName: `${who} ${tag}`, checkInDate: hotelDate(hotel.timezone), checkOutDate: hotelDate(hotel.timezone, 2) });
  const inHouse = await stay("Today Inhouse");
  await checkInStay(deskApi, hotel.slug, inHouse, origin);
  const arriving = await stay("Today Arrival");
  const guest = await pwRequest.newContext({ baseURL });
  const inHouseToken = (await issueLink(inHouse)).token;
  const arrivingToken = (await issueLink(arriving)).token;
  const base = `/api/public/hotel/${hotel.slug}`;
  await guest.post(`${base}/precheckin/`, { headers: bearer(arrivingToken), data: { arrival_time: "18:15", adults: 2, special_requests: "Late dinner table" } });

  const [item] = await simpleItems(guest, hotel.slug, inHouseToken);
  const order = async () => {
    const res = await guest.post(orderPath(hotel.slug), { headers: bearer(inHouseToken), data: { items: [{ item_id: item!.id, quantity: 1 }] } });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { order_id: string }).order_id;
  };
  const late = await order();
  await ageOrder(late, 30);
  const fresh = await order();
  const chat = await guest.post(`${base}/chat/message/`, { headers: bearer(inHouseToken), data: { message: `Extra towels please ${tag}` } });
  expect(chat.status(), await chat.text()).toBe(200);

  // The page's clock can be moved on: ages and lateness must follow it without a reload.
  await page.clock.install();
  await signInUi(page, desk.email, desk.password);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const row = (id: string) => page.locator(`[data-testid="today-order"][data-order-id="${id}"]`);
  await expect(row(late).getByTestId("order-late")).toHaveText("Late");
  expect(await minutesOf(page, late)).toBeGreaterThanOrEqual(30);
  await expect(row(fresh)).toBeVisible();
  await expect(row(fresh).getByTestId("order-late")).toHaveCount(0);
  const waiting = page.getByTestId("today-chat").filter({ hasText: `Today Inhouse ${tag}` });
  await expect(waiting).toContainText(`Extra towels please ${tag}`);
  await expect(waiting.getByTestId("waiting-age")).toHaveText(/^waiting/);
  await expect(waiting.getByRole("link", { name: /Reply/ })).toHaveAttribute("href", /^\/console\/chat\?conversation=/);
  const arrival = page.getByTestId("today-arrival").filter({ hasText: `Today Arrival ${tag}` });
  await expect(arrival.getByTestId("arrival-time")).toHaveText("18:15");
  await expect(arrival.getByTestId("arrival-requests")).toHaveText("Late dinner table");
  await expectNoAxeViolations(page);
  await screenshot(page, "desk-today-1440");

  // Live: a new order and a new guest message appear without a reload.
  await markDocument(page);
  const third = await order();
  await expect(row(third)).toBeVisible();
  await guest.post(`${base}/chat/message/`, { headers: bearer(arrivingToken), data: { message: `Is parking free? ${tag}` } });
  await expect(page.getByTestId("today-chat").filter({ hasText: `Today Arrival ${tag}` })).toContainText(`Is parking free? ${tag}`);
  expect(await sameDocument(page)).toBe(true);

  // Ticking: 25 minutes on, the fresh order is late by the kitchen's rule and every age has grown.
  const before = await minutesOf(page, late);
  await page.clock.fastForward("25:00");
  await expect(row(fresh).getByTestId("order-late")).toHaveText("Late");
  await expect.poll(() => minutesOf(page, late)).toBeGreaterThanOrEqual(before + 25);

  // One click checks the arrival in, to the room offered; Today moves them to In house.
  await arrival.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("region", { name: "In house" })).toContainText(`Today Arrival ${tag}`);
  await expect(page.getByTestId("today-arrival").filter({ hasText: `Today Arrival ${tag}` })).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "desk-today-390");
  await guest.dispose();
  await deskApi.dispose();
});
