import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { bookingOf, expect, linkOf, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// What the desk and the guest are told about each other: staff_online (how many staff have the
// console open) and the console's chime, which repeats while a guest message is unread.

const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;

let seed: SeedDocument;
test.beforeAll(async () => {
  // Its own hotels: nobody else's console is open there.
  seed = await seedIsolated(`alert${randomBytes(3).toString("hex")}`);
});

async function staffOnlineFor(api: APIRequestContext, slug: string, token: string): Promise<number> {
  const res = await api.post(chatPath(slug, "start"), { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { staff_online: number }).staff_online;
}

test("staff_online counts the hotel's staff with the console open", async ({ browser, request }) => {
  test.setTimeout(120_000); // several browser contexts and sign-ins on a busy 2-core machine
  const { booking, hotel } = bookingOf(seed, "in_house");
  const token = linkOf(seed, booking.reference).token;
  expect(await staffOnlineFor(request, hotel.slug, token)).toBe(0);

  const desk = await browser.newContext();
  const deskPage = await desk.newPage();
  await signInUi(deskPage, staffOf(seed, "FRONT_DESK").email, staffOf(seed, "FRONT_DESK").password);
  await expect(deskPage.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await expect.poll(() => staffOnlineFor(request, hotel.slug, token)).toBe(1);

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInUi(adminPage, staffOf(seed, "ADMIN").email, staffOf(seed, "ADMIN").password);
  await expect.poll(() => staffOnlineFor(request, hotel.slug, token)).toBe(2);
  // Another hotel's console does not count here.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInUi(otherPage, staffOf(seed, "FRONT_DESK", 1).email, staffOf(seed, "FRONT_DESK", 1).password);
  await expect.poll(() => staffOnlineFor(request, seed.hotels[1]!.slug, linkOf(seed, bookingOf(seed, "in_house", 1).booking.reference).token)).toBe(1);
  expect(await staffOnlineFor(request, hotel.slug, token)).toBe(2);

  await desk.close();
  await expect.poll(() => staffOnlineFor(request, hotel.slug, token)).toBe(1);
  await admin.close();
  await other.close();
});

test("the chime repeats while a guest message is unread and stops once the conversation is opened", async ({ page, baseURL }) => {
  test.setTimeout(120_000); // several browser contexts and sign-ins on a busy 2-core machine
  const { booking, hotel } = bookingOf(seed, "arriving");
  const desk = staffOf(seed, "FRONT_DESK");
  await signInUi(page, desk.email, desk.password);
  // Count the chime's play() calls; the page's timers run only when the test moves the clock.
  await page.addInitScript(() => {
    const w = window as unknown as { __chimes: number };
    w.__chimes = 0;
    HTMLMediaElement.prototype.play = function () {
      if (this.src.includes("chat-chime")) w.__chimes++;
      return Promise.resolve();
    };
  });
  await page.clock.install();
  await page.goto("/console/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const chimes = () => page.evaluate(() => (window as unknown as { __chimes: number }).__chimes);
  expect(await chimes()).toBe(0);

  const guest = await signedInApi(baseURL!);
  const headers = { Authorization: `Bearer ${linkOf(seed, booking.reference).token}` };
  await guest.post(chatPath(hotel.slug, "start"), { headers });
  expect((await guest.post(chatPath(hotel.slug, "message"), { headers, data: { message: "Hello, anyone there?" } })).status()).toBe(200);
  await expect(page.getByTestId("chat-unread-badge")).toHaveText("1");
  await expect.poll(chimes).toBe(1);
  await page.clock.runFor(15_000);
  expect(await chimes()).toBe(2);
  await page.clock.runFor(15_000);
  expect(await chimes()).toBe(3);

  // Opening the conversation marks it seen: the badge goes and the chime stops.
  await page.clock.runFor(300); // the inbox's search debounce
  await page.getByTestId("conversation-row").filter({ hasText: booking.guest_name }).click();
  await expect(page.getByTestId("chat-unread-badge")).toHaveCount(0);
  await page.clock.runFor(60_000);
  expect(await chimes()).toBe(3);
  await guest.dispose();
});
