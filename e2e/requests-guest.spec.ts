import { randomBytes } from "node:crypto";
import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// The guest's side of service requests and the hotel guide, on a phone in Chromium: the guide on
// /stay with the Wi-Fi password in house, towels asked for and followed live as housekeeping
// takes them on and finishes on a phone, do-not-disturb set and lifted, and the same screens in Arabic.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

test("a guest asks for towels and follows them live as housekeeping takes them on a phone, sets and lifts do-not-disturb, and reads the guide with the Wi-Fi password", async ({ browser }) => {
  const seed = await seedIsolated(`rq${randomBytes(3).toString("hex")}`);
  const { booking, hotel } = bookingOf(seed, "in_house");
  const housekeeper = staffOf(seed, "HOUSEKEEPING");
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page).toHaveURL(/\/stay$/);

  // The guide, rendered by the server: in house, the Wi-Fi password the guide API gives this guest.
  const guideApi = (await (await page.request.get(`/api/public/hotel/${hotel.slug}/guide/`)).json()) as { wifi: { network: string; password: string } | null };
  expect(guideApi.wifi?.password).toBeTruthy();
  const guide = page.getByTestId("hotel-guide");
  await expect(guide.getByRole("heading", { name: "Hotel guide" })).toBeVisible();
  await expect(guide.getByTestId("guide-wifi-password")).toHaveText(guideApi.wifi!.password);
  await expect(guide.getByRole("button", { name: "Copy password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "requests-stay-guide-phone");

  await page.getByTestId("tile-requests").click();
  await expect(page).toHaveURL(/\/stay\/requests$/);
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");

  // Two bath towels: the stepper stops at the item's most, the send carries an Idempotency-Key.
  const towels = page.locator('[data-testid="request-type"][data-kind="AMENITIES"]');
  await towels.getByRole("button", { expanded: false }).click();
  const more = towels.getByRole("button", { name: "One more: Bath towels" });
  await more.click();
  await more.click();
  await expect(towels.getByTestId("request-item").filter({ hasText: "Bath towels" }).getByTestId("request-item-quantity")).toHaveText("2");
  await expectNoAxeViolations(page);
  await screenshot(page, "requests-form-amenities-phone");
  const posted = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/api/public/hotel/${hotel.slug}/requests/`);
  await towels.getByRole("button", { name: "Send request" }).click();
  const res = await posted;
  expect(res.status()).toBe(201);
  expect(res.request().headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  const { request } = (await res.json()) as { request: { id: string } };
  await expect(page.getByTestId("request-sent")).toBeVisible();

  const card = page.locator(`[data-testid="guest-request"][data-request-id="${request.id}"]`);
  await expect(card).toHaveAttribute("data-status", "NEW");
  await expect(card.getByTestId("request-status")).toHaveText("Received");
  await expect(card).toContainText("2 × Bath towels");
  await expect(card.getByTestId("request-promise")).toContainText(/Expected by \d{2}:\d{2}/);
  await expect(card.getByRole("button", { name: "Cancel request" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "requests-new-phone");

  // Housekeeping, on a phone on the floor, takes it on and finishes it; the guest's page follows without reloading.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const hkCtx = await browser.newContext({ viewport: PHONE });
  const hk = await hkCtx.newPage();
  await signInUi(hk, housekeeper.email, housekeeper.password, /\/console\/requests$/);
  const ticket = hk.locator(`[data-request-id="${request.id}"]`);
  await ticket.getByRole("button", { name: "Accept" }).click();
  await expect(card).toHaveAttribute("data-status", "ACKNOWLEDGED");
  await expect(card.getByTestId("request-status")).toHaveText("Acknowledged");
  await expect(card.getByTestId("request-staff")).toHaveText(`${housekeeper.name.split(" ")[0]} is on it`);
  await expect(card.getByRole("button", { name: "Cancel request" })).toHaveCount(0);
  await ticket.getByRole("button", { name: "Done" }).click();
  await expect(card).toHaveAttribute("data-status", "DONE");
  await expect(card.getByTestId("request-status")).toHaveText("Done");
  await expect(card.getByTestId("request-promise")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true)).toBe(true);
  await hkCtx.close();

  // Do not disturb: set, as the server has it, then lifted.
  const dnd = page.getByRole("switch", { name: "Do not disturb" });
  await expect(dnd).toHaveAttribute("aria-checked", "false");
  await dnd.click();
  await expect(dnd).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("do-not-disturb")).toContainText(/On since \d{2}:\d{2}/);
  const listed = async () => ((await (await page.request.get(`/api/public/hotel/${hotel.slug}/requests/`)).json()) as { do_not_disturb: { on: boolean } }).do_not_disturb.on;
  expect(await listed()).toBe(true);
  await expectNoAxeViolations(page);
  await screenshot(page, "requests-dnd-on-phone");
  await dnd.click();
  await expect(dnd).toHaveAttribute("aria-checked", "false");
  expect(await listed()).toBe(false);

  // The same screens right to left, in the guest's pick of Arabic.
  await page.getByTestId("language-switcher").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "الطلبات" })).toBeVisible();
  await expect(card.getByTestId("request-status")).toHaveText("تم");
  await expectNoAxeViolations(page);
  await screenshot(page, "requests-ar-phone");
  await page.goto("/stay");
  await expect(page.getByTestId("hotel-guide").getByRole("heading", { name: "دليل الفندق" })).toBeVisible();
  await screenshot(page, "requests-stay-guide-ar-phone");
  await ctx.close();
});
