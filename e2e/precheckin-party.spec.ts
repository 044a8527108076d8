import { request as pwRequest } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { createStay, hotelDate } from "./desk-helpers";
import { expect, issueLink, screenshot, staffOf, test } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// Issue 21 point 5: the party the guest declares at pre-check-in becomes the booking's party (the
// desk sees what changed), breakfast's guest count follows it, and the arrival time and requests
// reach Today and the booking page.

type Menu = { categories: { items: { id: string; sold_out: boolean; options: { required: boolean }[] }[] }[] };

test("a guest's 2 adults + 1 child reach the booking, Today and breakfast's guest limit", async ({ page, seed, baseURL }) => {
  const hotel = seed.hotels[0]!;
  const desk = staffOf(seed, "FRONT_DESK");
  const deskApi = await signedInApi(baseURL!, desk);
  const guestName = `Party Guest ${Date.now().toString(36)}`;
  const reference = await createStay(deskApi, { guestName, checkInDate: hotelDate(hotel.timezone), checkOutDate: hotelDate(hotel.timezone, 3), adults: 2, children: 0 });
  const { token } = await issueLink(reference);
  const guest = await pwRequest.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${token}` };
  const base = `/api/public/hotel/${hotel.slug}`;

  // Breakfast for three is more than the booked party of two.
  const menu = (await (await guest.get(`${base}/breakfast/menu/`, { headers: auth })).json()) as Menu;
  const item = menu.categories.flatMap((c) => c.items).find((i) => !i.sold_out && i.options.every((o) => !o.required))!;
  const forThree = { delivery_date: hotelDate(hotel.timezone, 2), time_slot: "09:30", guests: 3, items: [{ item_id: item.id, quantity: 3 }] };
  const refused = await guest.post(`${base}/breakfast/order/`, { headers: auth, data: forThree });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { guests: ["At most 2"] } });

  const requests = `Cot for our daughter, please ${Date.now().toString(36)}`;
  const sent = await guest.post(`${base}/precheckin/`, { headers: auth, data: { arrival_time: "16:30", adults: 2, children: 1, special_requests: requests } });
  expect(sent.status(), await sent.text()).toBe(200);

  // The guest's own booking now says three, and breakfast for three is taken.
  const mine = (await (await guest.get(`${base}/booking/`, { headers: auth })).json()) as { booking: { adults: number; children: number } };
  expect(mine.booking).toMatchObject({ adults: 2, children: 1 });
  const placed = await guest.post(`${base}/breakfast/order/`, { headers: auth, data: forThree });
  expect(placed.status(), await placed.text()).toBe(201);
  expect(await placed.json()).toMatchObject({ guests: 3 });

  // The desk sees the new party and what changed, on the booking page…
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInUi(page, desk.email, desk.password);
  const arrival = page.getByTestId("today-arrival").filter({ hasText: guestName });
  // …and on Today: the arrival time and the requests.
  await expect(arrival.getByTestId("arrival-time")).toHaveText("16:30");
  await expect(arrival.getByTestId("arrival-requests")).toHaveText(requests);
  await expect(arrival).toContainText("2 adults, 1 child");
  await page.goto(`/console/bookings/${reference}`);
  const stay = page.getByRole("region", { name: "Guest and stay" });
  await expect(stay).toContainText("2 adults, 1 child");
  await expect(stay.getByTestId("party-change")).toContainText("Party changed by guest at pre-check-in: 2 adults → 2 adults, 1 child");
  const precheckin = page.getByRole("region", { name: "Pre-check-in" });
  await expect(precheckin).toContainText("16:30");
  await expect(precheckin).toContainText(requests);
  await expect(page.getByTestId("audit-trail")).toContainText("party 2 adults → 2 adults, 1 child");
  await expectNoAxeViolations(page);
  await screenshot(page, "desk-booking-party-changed-1440");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "desk-booking-party-changed-390");
  await guest.dispose();
  await deskApi.dispose();
});
