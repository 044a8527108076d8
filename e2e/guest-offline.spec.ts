import { bookingOf, expect, issueLink, screenshot, test } from "./fixtures";
import { bookingFootprint } from "./db";

// The live indicator tells the truth when the network drops, and the page catches up afterwards.
test("the portal shows offline, then refetches what it missed when the network returns", async ({ browser, seed, request }) => {
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const viewer = await issueLink(booking.reference, { purpose: "PRECHECKIN" });
  const writer = await issueLink(booking.reference, { purpose: "PRECHECKIN" });
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(viewer.url);
  const indicator = page.getByTestId("live-indicator");
  await expect(indicator).toHaveAttribute("data-state", "live");

  await ctx.setOffline(true);
  await expect(indicator).not.toHaveAttribute("data-state", "live");
  await screenshot(page, "guest-offline");

  // Changed while this guest was offline: no event can reach them.
  const request_ = `Cot for the baby ${Date.now()}`;
  const res = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, {
    headers: { Authorization: `Bearer ${writer.token}` },
    data: { arrival_time: "21:00", adults: 2, special_requests: request_ },
  });
  expect(res.status()).toBe(200);
  expect((await bookingFootprint(booking.reference)).precheckin).toMatchObject({ specialRequests: request_ });

  await ctx.setOffline(false);
  await expect(indicator).toHaveAttribute("data-state", "live", { timeout: 30_000 });
  // Resubscribing refetches the booking, so the missed change appears without a reload.
  await expect(page.getByText(request_)).toBeVisible();
  await ctx.close();
});
