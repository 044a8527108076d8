import type PusherJS from "pusher-js";
import { bookingOf, expect, issueLink, test } from "./fixtures";
import { appClient, appSdk, connected, subscribed } from "./realtime-helpers";

// Clients react only to the shared event catalogue: a party member's client events, or any other
// name on the channel, must not make the portal refetch (or do anything else).
test("the guest portal ignores client events and names outside the catalogue", async ({ browser, seed }) => {
  const { booking } = bookingOf(seed, "in_house");
  const ref = booking.reference;
  const channel = `private-guest-booking.${ref}`;
  const link = await issueLink(ref, { label: "Portal" });
  const member = await issueLink(ref, { label: "Party member", purpose: "STATUS" });

  const context = await browser.newContext();
  const page = await context.newPage();
  let refetches = 0;
  page.on("request", (r) => {
    if (r.url().includes(`/booking/`) && r.url().includes("/api/public/hotel/")) refetches++;
  });
  await page.goto(link.url);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  // Subscribed: the subscription's own resync is the one fetch so far.
  await expect.poll(() => refetches).toBe(1);

  // A party member's browser sends client events on the same channel (if the server lets them through).
  let other: PusherJS | null = appClient({ bearer: member.token });
  try {
    await connected(other);
    expect(await subscribed(other, channel)).toBe("ok");
    for (let i = 0; i < 5; i++) {
      other.channel(channel).trigger("client-booking.updated", { booking_id: ref, fields: ["x"], event_id: `c${i}`, created_at: new Date().toISOString() });
    }
    other.channel(channel).trigger("client-booking.link_revoked", { booking_id: ref, link_id: link.link_id, event_id: "c-revoke", created_at: new Date().toISOString() });
  } finally {
    other?.disconnect();
    other = null;
  }

  // Names outside the catalogue, and catalogue names with the wrong shape, published as the server would.
  const sdk = appSdk();
  const now = () => new Date().toISOString();
  await sdk.trigger(channel, "booking.refetch_everything", { booking_id: ref, event_id: "s1", created_at: now() });
  await sdk.trigger(channel, "something-else", { event_id: "s2" });
  await sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: "not-a-list", event_id: "s3", created_at: now() });
  await sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: [] }); // no event_id
  // Then a real catalogue event for this very link: events on a channel arrive in order, so once the
  // portal shows it, everything above has been handled.
  await sdk.trigger(channel, "booking.link_revoked", { booking_id: ref, link_id: link.link_id, event_id: `sentinel-${Date.now()}`, created_at: now() });
  await expect(page.getByRole("alert").filter({ hasText: "This link is no longer valid" })).toBeVisible();
  expect(refetches).toBe(1);
  await context.close();
});
