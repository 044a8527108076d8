import { expectNoAxeViolations } from "./a11y";
import type { Page } from "@playwright/test";
import { expect, issueLink, screenshot, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// The console side of realtime: live indicator, staff presence, and pages that follow booking
// changes made elsewhere (a guest, a colleague) without a reload.

/** "YYYY-MM-DD" plus n days (calendar arithmetic, no time zone involved). */
function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Creates a booking of its own through the console, so no other spec of this worker has already
 * checked it in or answered its pre-check-in. Leaves the page on the booking; returns its reference.
 */
async function createBookingUi(page: Page, guestName: string, arrivesInDays: number): Promise<string> {
  await page.goto("/console/bookings/new");
  const today = await page.getByLabel("Check-in").inputValue();
  await page.getByLabel("Guest name").fill(guestName);
  await page.getByLabel("Check-in").fill(plusDays(today, arrivesInDays));
  await page.getByLabel("Check-out").fill(plusDays(today, arrivesInDays + 2));
  await page.getByRole("button", { name: "Create booking" }).click();
  await expect(page.getByRole("heading", { name: guestName })).toBeVisible();
  return page.url().split("/").pop()!;
}

/** Marks the document; a reload or navigation would lose the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
}

test.describe("console live", () => {
  // Three browser contexts, axe scans and screenshots each: on a loaded 2-core machine this takes over a minute.
  test.slow();
  test("a guest's pre-check-in appears on the open booking page without a reload", async ({ page, browser, seed }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    await signInUi(page, desk.email, desk.password);
    const guestName = `Live Precheck ${Date.now().toString(36)}`;
    const reference = await createBookingUi(page, guestName, 1);
    const indicator = page.getByTestId("live-indicator");
    await expect(indicator).toHaveAttribute("data-state", "live");
    await expect(indicator).toHaveText("Live");
    const precheckin = page.getByRole("region", { name: "Pre-check-in" });
    await expect(precheckin).toContainText("The guest has not completed pre-check-in.");
    await markDocument(page);

    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const guest = await guestContext.newPage();
    await guest.goto((await issueLink(reference)).url);
    await expect(guest).toHaveURL(/\/stay$/);
    const request = `Cot for the baby ${Date.now().toString(36)}`;
    await guest.getByLabel("Expected arrival time").selectOption("21:45");
    await guest.getByLabel("Special requests (optional)").fill(request);
    await guest.getByRole("button", { name: "Send pre-check-in" }).click();
    await expect(guest.getByTestId("precheckin-summary")).toContainText(request);

    await expect(precheckin).toContainText(request);
    await expect(precheckin).toContainText("21:45");
    await expect(page.getByTestId("audit-trail")).toContainText(/pre-check-in/i);
    await expectSameDocument(page);
    await expectNoAxeViolations(page);
    await screenshot(page, "console-live-precheckin");
    await guestContext.close();
  });

  test("the header counts the hotel's staff online, live, and kitchen never asks for booking changes", async ({ browser, seed }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const kitchen = staffOf(seed, "KITCHEN");
    const deskContext = await browser.newContext();
    // The kitchen uses a tablet: the header must still fit.
    const kitchenContext = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const deskPage = await deskContext.newPage();
    const kitchenPage = await kitchenContext.newPage();
    const refused: string[] = [];
    kitchenPage.on("response", (r) => {
      if (r.url().includes("/pusher/auth") && r.status() >= 400) refused.push(`${r.status()} ${r.request().postData() ?? ""}`);
    });

    await signInUi(deskPage, desk.email, desk.password);
    await expect(deskPage.getByTestId("staff-online")).toHaveText("1 staff online");
    // The kitchen lands on its screen; the console's header (with the count) is on its order queue.
    await signInUi(kitchenPage, kitchen.email, kitchen.password, /\/kitchen$/);
    await kitchenPage.goto("/console/orders");
    await expect(kitchenPage.getByTestId("staff-online")).toHaveText("2 staff online");
    await expect(deskPage.getByTestId("staff-online")).toHaveText("2 staff online");
    await expect(kitchenPage.getByTestId("live-indicator")).toHaveText("Live");
    await expect(deskPage.getByTestId("live-indicator")).toHaveText("Live");
    await expectNoAxeViolations(deskPage);
    await screenshot(deskPage, "console-live-presence");
    await screenshot(kitchenPage, "console-live-presence-tablet");

    // Navigating inside the console keeps one membership, not a second one.
    await deskPage.getByRole("link", { name: "Bookings", exact: true }).click();
    await expect(deskPage.getByRole("heading", { name: "Bookings" })).toBeVisible();
    await expect(deskPage.getByTestId("staff-online")).toHaveText("2 staff online");

    await kitchenContext.close();
    await expect(deskPage.getByTestId("staff-online")).toHaveText("1 staff online");
    expect(refused).toEqual([]);
    await deskContext.close();
  });

  test("a check-in at the desk reaches the guest's open page and a colleague's Today, without reloads", async ({ page, browser, seed }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const admin = staffOf(seed, "ADMIN");
    await signInUi(page, desk.email, desk.password);
    const guestName = `Live Arrival ${Date.now().toString(36)}`;
    const reference = await createBookingUi(page, guestName, 0);

    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const guest = await guestContext.newPage();
    await guest.goto((await issueLink(reference)).url);
    await expect(guest.getByTestId("stay-status")).toHaveText("Upcoming");
    await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
    await markDocument(guest);

    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await signInUi(colleague, admin.email, admin.password);
    await expect(colleague.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
    await expect(colleague.getByRole("region", { name: "Arrivals" })).toContainText(guestName);
    await expect(colleague.getByRole("region", { name: "In house" })).not.toContainText(guestName);
    await markDocument(colleague);

    await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
    const room = page.getByLabel("Room", { exact: true });
    await room.selectOption({ index: 1 });
    const roomNumber = (await room.locator("option:checked").textContent())!.trim();
    expect(roomNumber).toMatch(/^\w+$/);
    await page.getByRole("button", { name: "Check in" }).click();

    await expect(guest.getByTestId("stay-status")).toHaveText("In house");
    await expect(guest.getByTestId("room-number")).toHaveText(roomNumber);
    await expectSameDocument(guest);
    await screenshot(guest, "console-live-guest-checked-in");

    await expect(colleague.getByRole("region", { name: "In house" })).toContainText(guestName);
    await expect(colleague.getByRole("region", { name: "Arrivals" })).not.toContainText(guestName);
    await expectSameDocument(colleague);
    await expectNoAxeViolations(colleague);
    await screenshot(colleague, "console-live-today");
    await guestContext.close();
    await colleagueContext.close();
  });
});
