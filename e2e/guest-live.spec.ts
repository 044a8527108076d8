import { bookingOf, expect, issueLink, revokeLink, screenshot, test } from "./fixtures";

// Two members of one party, each with their own link, in separate browser contexts.
test("a change made in one guest's browser shows up live in the other's; revoking a link tells its holder at once", async ({ browser, seed }) => {
  const { booking } = bookingOf(seed, "upcoming");
  const anna = await issueLink(booking.reference, { label: "Anna" });
  const ben = await issueLink(booking.reference, { label: "Ben", purpose: "PRECHECKIN" });
  const a = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const b = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const pa = await a.newPage();
  const pb = await b.newPage();
  await pa.goto(anna.url);
  await pb.goto(ben.url);
  await expect(pa.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await expect(pb.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const request = `Two extra pillows ${Date.now()}`;
  await expect(pb.getByText(request)).toHaveCount(0);

  // Other specs of this worker may have answered pre-check-in already: then reopen the form.
  const change = pa.getByRole("button", { name: "Change details" });
  if (await change.isVisible()) await change.click();
  await pa.getByLabel("Expected arrival time").selectOption("18:15");
  await pa.getByLabel("Special requests (optional)").fill(request);
  await pa.getByRole("button", { name: "Send pre-check-in" }).click();
  // Ben never reloads: the booking event refetches his view.
  await expect(pb.getByTestId("precheckin-summary")).toContainText(request);
  await screenshot(pb, "guest-live-update");

  await revokeLink(ben.link_id);
  await expect(pb.getByRole("alert").filter({ hasText: "This link is no longer valid" })).toBeVisible();
  await screenshot(pb, "guest-live-revoked");
  // Anna's link is untouched: her portal comes back live after the server ended the booking's connections.
  await expect(pa.getByTestId("live-indicator")).toHaveAttribute("data-state", "live", { timeout: 30_000 });
  await pa.reload();
  await expect(pa.getByTestId("precheckin-summary")).toContainText(request);
  await a.close();
  await b.close();
});
