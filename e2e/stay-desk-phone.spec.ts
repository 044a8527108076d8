import type { Browser } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Every dead end of the portal gives the hotel's phone number (a tel: link), from the hotel's
// settings: a view-only link's menu, a stay that has ended, a link without chat on the chat page.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const PHONE = { width: 390, height: 844 };
const origin = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;
let seed: SeedDocument;

test.beforeAll(async () => {
  seed = await seedIsolated(`dp${randomBytes(3).toString("hex")}`);
  const admin = await signedInApi(origin(), staffOf(seed, "ADMIN"));
  const { hotel } = (await (await admin.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
  const res = await admin.put("/api/console/hotel", { data: { ...hotel, phone: "+351 21 555 0199" }, headers: { Origin: origin() } });
  expect(res.status(), await res.text()).toBe(200);
  expect(((await res.json()) as { hotel: { phone: string } }).hotel.phone).toBe("+351 21 555 0199");
  // Not a phone number: refused with the field named, nothing saved.
  const bad = await admin.put("/api/console/hotel", { data: { ...hotel, phone: "call <us>" }, headers: { Origin: origin() } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { fields: Record<string, string[]> }).fields.phone).toBeTruthy();
  await admin.dispose();
});

async function openLink(browser: Browser, url: string) {
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await page.goto(url);
  await expect(page).toHaveURL(/\/stay(\/chat)?$/);
  return { page, close: () => ctx.close() };
}

const telOf = (scope: import("@playwright/test").Locator) => scope.getByTestId("desk-contact").getByRole("link", { name: "+351 21 555 0199" });

test("a view-only link's menu and /stay give the desk's phone", async ({ browser }) => {
  const { booking } = bookingOf(seed, "in_house");
  const { page, close } = await openLink(browser, linkOf(seed, booking.reference, "STATUS").url);
  await expect(telOf(page.getByTestId("stay-headline"))).toHaveAttribute("href", "tel:+351215550199");
  await page.goto("/stay/room-service");
  await expect(telOf(page.getByTestId("ordering-state"))).toHaveAttribute("href", "tel:+351215550199");
  await expectNoAxeViolations(page);
  await close();
});

test("a stay that has ended gives the desk's phone", async ({ browser }) => {
  const { booking } = bookingOf(seed, "departed");
  const { page, close } = await openLink(browser, linkOf(seed, booking.reference).url);
  await expect(page.getByTestId("stay-headline")).toHaveAttribute("data-state", "departed");
  await expect(telOf(page.getByTestId("stay-headline"))).toBeVisible();
  await close();
});

test("the chat page of a link without chat gives the desk's phone", async ({ browser }) => {
  const { booking } = bookingOf(seed, "in_house");
  const noChat = seed.links.find((l) => l.booking === booking.reference && l.purpose === "ROOM_SERVICES" && !l.can_chat)!;
  const { page, close } = await openLink(browser, noChat.url);
  await page.goto("/stay/chat");
  const refusal = page.getByRole("alert").filter({ hasText: "Chat is not available with this link." });
  await expect(telOf(refusal)).toBeVisible();
  await expectNoAxeViolations(page);
  await close();
});
