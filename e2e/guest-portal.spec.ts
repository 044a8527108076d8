import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, issueLink, issueLinkCli, linkOf, revokeLinkCli, screenshot, test } from "./fixtures";

test.describe("guest portal by magic link", () => {
  test("opening a link lands on a clean status URL with the cookie set", async ({ page, seed }) => {
    const { booking, hotel } = bookingOf(seed, "in_house");
    const link = linkOf(seed, booking.reference);
    await page.goto(link.url);
    await expect(page).toHaveURL(/\/stay$/);
    expect(page.url()).not.toContain(link.token);
    await expect(page.getByRole("heading", { name: `Hello, ${booking.guest_name}` })).toBeVisible();
    await expect(page.getByText(hotel.name)).toBeVisible();
    await expect(page.getByTestId("stay-status")).toHaveText("In house");
    await expect(page.getByTestId("room-number")).toHaveText(booking.room_number ?? "");
    await expect(page.getByTestId("access-order")).toHaveAttribute("data-state", "yes");

    const cookies = await page.context().cookies();
    const portal = cookies.filter((c) => c.name === "guest_token");
    expect(portal.map((c) => c.path).sort()).toEqual(["/api/notifications", "/api/public", "/g", "/hotel", "/stay"]);
    for (const c of portal) {
      expect(c.httpOnly).toBe(true);
      expect(c.sameSite).toBe("Lax");
      expect(c.value).toBe(link.token);
    }
    const history = await page.evaluate(() => window.location.href + document.referrer);
    expect(history).not.toContain(link.token);

    await expectNoAxeViolations(page);
    await screenshot(page, "guest-status-in-house");
  });

  test("an arriving guest submits pre-check-in and sees it received", async ({ page, seed }) => {
    const { booking } = bookingOf(seed, "upcoming");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(linkOf(seed, booking.reference).url);
    await expect(page.getByTestId("stay-status")).toHaveText("Upcoming");
    // Other specs of this worker may have answered pre-check-in already: then reopen the form.
    // Decide only once the page is live and has resynced, so the section cannot flip afterwards.
    await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
    await expect(page.getByLabel("Expected arrival time").or(page.getByRole("button", { name: "Change details" }))).toBeVisible();
    const change = page.getByRole("button", { name: "Change details" });
    if (await change.isVisible()) await change.click();
    await page.getByLabel("Expected arrival time").selectOption("16:45");
    await page.getByLabel("Adults").fill("0");
    await page.getByRole("button", { name: "Send pre-check-in" }).click();
    await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
    await expect(page.getByLabel("Adults")).toHaveAttribute("aria-invalid", "true");
    await screenshot(page, "guest-precheckin-errors");

    await page.getByLabel("Adults").fill("2");
    await page.getByLabel("Mobile phone (optional)").fill("+351 912 345 678");
    await page.getByLabel("Special requests (optional)").fill("Quiet room, please");
    await page.getByRole("button", { name: "Send pre-check-in" }).click();
    await expect(page.getByRole("status").filter({ hasText: "received your pre-check-in" })).toBeVisible();
    const summary = page.getByTestId("precheckin-summary");
    await expect(summary).toContainText("16:45");
    await expect(summary).toContainText("Quiet room, please");
    await expectNoAxeViolations(page);
    await screenshot(page, "guest-precheckin-received");

    // Saved on the server, not only on screen.
    await page.reload();
    await expect(page.getByTestId("precheckin-summary")).toContainText("Quiet room, please");
  });

  test("a revoked link shows the friendly page, not an error", async ({ page, seed, request }) => {
    const { booking } = bookingOf(seed, "arriving");
    // The real guest-link and revoke-link CLIs, as processes (every other spec writes in-process).
    const link = issueLinkCli(booking.reference, ["--purpose", "STATUS"]);
    await page.goto(link.url);
    await expect(page).toHaveURL(/\/stay$/);
    await expect(page.getByTestId("access-precheckin")).toHaveAttribute("data-state", "no");
    revokeLinkCli(link.link_id);
    // The very next request is refused: a reload of the portal and the link itself.
    await page.reload();
    await expect(page).toHaveURL(/\/link-problem/);
    // The refused cookie does not linger on the device.
    expect((await page.context().cookies()).filter((c) => c.name === "guest_token")).toEqual([]);
    await page.goto(link.url);
    await expect(page).toHaveURL(/\/link-problem/);
    await expect(page.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    await expect(page.getByText("ask for a new link")).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, "guest-link-invalid");
    const res = await request.get(`/g/${"x".repeat(43)}`, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toContain("/link-problem");
    expect(res.headers()["set-cookie"]).toBeUndefined();
  });

  test("the hotel-scoped link form works too, and only for its own hotel", async ({ page, seed }) => {
    const { booking, hotel } = bookingOf(seed, "arriving");
    const link = await issueLink(booking.reference, { purpose: "STATUS" });
    const res = await page.request.get(`/hotel/${seed.hotels[1]!.slug}/guest?token=${link.token}`, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toContain("/link-problem");
    await page.goto(`/hotel/${hotel.slug}/guest?token=${link.token}`);
    await expect(page).toHaveURL(/\/stay$/);
    await expect(page.getByRole("heading", { name: `Hello, ${booking.guest_name}` })).toBeVisible();
  });

  test("a guest on a shared device can forget the link", async ({ page, seed }) => {
    const { booking } = bookingOf(seed, "in_house");
    const link = await issueLink(booking.reference, { purpose: "STATUS" });
    await page.goto(link.url);
    await expect(page).toHaveURL(/\/stay$/);
    await page.getByRole("button", { name: "Forget this link on this device" }).click();
    await expect(page.getByRole("heading", { name: "This device no longer has your link" })).toBeVisible();
    expect((await page.context().cookies()).filter((c) => c.name === "guest_token")).toEqual([]);
    await page.goto("/stay");
    await expect(page).toHaveURL(/\/link-problem\?reason=missing/);
    // The link itself still works: forgetting is not revoking.
    await page.goto(link.url);
    await expect(page).toHaveURL(/\/stay$/);
  });
});
