import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// The desk's inbox at its working sizes: on a 1440×900 screen the list and the conversation fill
// the window and the messages scroll inside; on a 390 px phone nothing is wider than the screen and
// the conversation comes below the list.

const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;

let seed: SeedDocument;
test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`cl${randomBytes(3).toString("hex")}`);
  // A long conversation (more than a screen of messages) with a long guest name and message.
  const { booking, hotel } = bookingOf(seed, "in_house");
  const headers = { Authorization: `Bearer ${linkOf(seed, booking.reference).token}` };
  const d = staffOf(seed, "FRONT_DESK");
  const desk = await signedInApi(baseURL!, { email: d.email, password: d.password });
  const api = await signedInApi(baseURL!);
  let id = "";
  for (let i = 1; i <= 12; i++) {
    const sent = await api.post(chatPath(hotel.slug, "message"), { headers, data: { message: `Question ${i}: ${"could you tell me more about this, please? ".repeat(i % 3 ? 1 : 4)}` } });
    expect(sent.status()).toBe(200);
    if (!id) id = ((await (await api.get(chatPath(hotel.slug, "messages"), { headers })).json()) as { conversation_id: string }).conversation_id;
    expect((await desk.post(`/api/console/conversations/${id}/messages`, { data: { message: `Answer ${i}` } })).status()).toBe(200);
  }
  await api.dispose();
  await desk.dispose();
});

async function openConversation(page: Page) {
  const d = staffOf(seed, "FRONT_DESK");
  await signInUi(page, d.email, d.password);
  await page.goto("/console/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.getByTestId("conversation-row").filter({ hasText: bookingOf(seed, "in_house").booking.guest_name }).click();
  // Exact text: "Answer 1" followed by its time (e.g. 21:18) also contains "Answer 12".
  await expect(page.getByTestId("staff-chat-messages").getByText("Answer 12", { exact: true })).toBeVisible();
}

test.describe("at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the inbox and the conversation fill the window; the messages scroll inside, not the page", async ({ page }) => {
    await openConversation(page);
    const viewport = page.viewportSize()!;
    const list = (await page.getByTestId("conversation-list").locator("xpath=..").boundingBox())!;
    const pane = (await page.getByRole("region", { name: bookingOf(seed, "in_house").booking.guest_name }).boundingBox())!;
    // Both reach the window's bottom edge (less the page's margin), side by side.
    for (const box of [list, pane]) {
      expect(box.y + box.height).toBeGreaterThan(viewport.height - 48);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(pane.x).toBeGreaterThanOrEqual(list.x + list.width);
    // The page itself does not scroll; the message list does, and shows the newest at the bottom.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    const messages = page.getByTestId("staff-chat-messages");
    expect(await messages.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expect(messages.getByText("Answer 12", { exact: true })).toBeInViewport();
    await expect(page.getByLabel("Reply")).toBeInViewport();
    await screenshot(page, "console-chat-1440");
    await expectNoAxeViolations(page);
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the page is no wider than the phone, and the conversation comes below the list", async ({ page }) => {
    await openConversation(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const list = (await page.getByTestId("conversation-list").boundingBox())!;
    const pane = (await page.getByRole("region", { name: bookingOf(seed, "in_house").booking.guest_name }).boundingBox())!;
    expect(pane.y).toBeGreaterThanOrEqual(list.y + list.height);
    expect(pane.x + pane.width).toBeLessThanOrEqual(390);
    await screenshot(page, "console-chat-390");
    await expectNoAxeViolations(page);
  });
});
