import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, screenshot, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

test.describe("staff console: the front desk runs a stay", () => {
  test("front desk issues a FULL_ACCESS link, the guest uses it, revoke refuses it, check-out ends ordering", async ({ page, browser, seed }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const { booking, hotel } = bookingOf(seed, "in_house");

    await page.goto("/login");
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-login");
    await signInUi(page, desk.email, desk.password);
    await expect(page.getByTestId("count-in-house")).not.toHaveText("0");
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-today");

    // Find the in-house booking by guest name.
    await page.getByRole("link", { name: "Bookings", exact: true }).click();
    await page.getByLabel("Name, reference or room").fill(booking.guest_name);
    await page.getByLabel("Status").selectOption("in_house");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: booking.reference })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-bookings-search");
    await page.getByRole("link", { name: booking.reference }).click();
    await expect(page.getByRole("heading", { name: booking.guest_name })).toBeVisible();

    // Issue a FULL_ACCESS link: shown once with a copy button and a QR code.
    await page.getByLabel("What it opens").first().selectOption("FULL_ACCESS");
    await page.getByLabel("Label (optional)").fill("Front desk e2e");
    await page.getByRole("button", { name: "Issue link" }).click();
    const issued = page.getByTestId("issued-link");
    await expect(issued).toBeVisible();
    await expect(issued.getByRole("img", { name: "QR code of the guest link" })).toBeVisible();
    await expect(issued.getByRole("button", { name: "Copy link" })).toBeVisible();
    const url = await page.getByLabel("Link", { exact: true }).inputValue();
    expect(url).toMatch(/\/g\/[A-Za-z0-9_-]{43}$/);
    const row = page.getByTestId("link-row").filter({ hasText: "Front desk e2e" });
    await expect(row).toContainText("Active");
    await expect(row).toContainText(desk.name);
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-booking-link-issued");
    // The secret is never shown again once the card is closed and the page reloaded.
    await page.reload();
    await expect(page.getByTestId("issued-link")).toHaveCount(0);
    expect(await page.content()).not.toContain(url.split("/g/")[1]!);

    // The guest opens it in their own browser.
    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    await guest.goto(url);
    await expect(guest).toHaveURL(/\/stay$/);
    await expect(guest.getByText(booking.guest_name)).toBeVisible();
    await expect(guest.getByTestId("stay-status")).toHaveText("In house");
    await expect(guest.getByTestId("access-order")).toHaveAttribute("data-state", "yes");
    await screenshot(guest, "staff-flow-guest-portal");

    // Revoke it with a reason: the guest's next request is refused, and the page says so.
    await row.getByRole("button", { name: "Revoke…" }).click();
    await row.getByLabel("Reason").fill("Guest lost the phone");
    await row.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect(row).toContainText("Revoked");
    await expect(row).toContainText("Guest lost the phone");
    const api = await guestContext.request.get(`/api/public/hotel/${hotel.slug}/booking/`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ code: "INVALID_TOKEN" });
    await guest.reload();
    await expect(guest).toHaveURL(/\/link-problem/);
    await expect(guest.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    await screenshot(guest, "staff-flow-guest-revoked");
    await guestContext.close();

    // A second link, then check-out: the status page stays, ordering does not.
    await page.getByRole("button", { name: "Issue link" }).click();
    await expect(page.getByTestId("issued-link")).toBeVisible();
    const url2 = await page.getByLabel("Link", { exact: true }).inputValue();
    expect(url2).not.toBe(url);
    const guest2Context = await browser.newContext();
    const guest2 = await guest2Context.newPage();
    await guest2.goto(url2);
    await expect(guest2.getByTestId("access-order")).toHaveAttribute("data-state", "yes");

    await page.getByRole("button", { name: "Check out" }).click();
    await page.getByRole("button", { name: "Confirm check-out" }).click();
    await expect(page.getByText("No stay actions: this booking is checked out.")).toBeVisible();
    await expect(page.getByTestId("audit-trail")).toContainText("Checked out");
    await expect(page.getByTestId("audit-trail")).toContainText("Guest link revoked");
    await screenshot(page, "staff-booking-checked-out");

    await guest2.reload();
    await expect(guest2).toHaveURL(/\/stay$/);
    await expect(guest2.getByTestId("stay-status")).toHaveText("Checked out");
    await expect(guest2.getByTestId("access-order")).toHaveAttribute("data-state", "no");
    await expect(guest2.getByTestId("access-chat")).toHaveAttribute("data-state", "no");
    // A live page never goes network-idle (its socket and clock stay on): wait for what it says.
    await expect(guest2.getByTestId("stay-headline")).toHaveAttribute("data-state", "departed");
    await expect(guest2.getByTestId("access-order")).toBeVisible();
    await screenshot(guest2, "staff-flow-guest-departed");
    await guest2Context.close();
  });
});
