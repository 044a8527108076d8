import PusherJS from "pusher-js";
import { bookingOf, expect, issueLink, revokeLink, test } from "./fixtures";
import { baseURL, pusherKey, pusherTransport, waitFor } from "./realtime-helpers";

// The plan's own frontend guide (GuestSession): pusher-js with the seed's auth endpoint and a
// Bearer header, a subscription to the booking's channel, and no signin. The local server binds
// that socket to its guest: events arrive past the signin deadline (30 s), and revoking the link
// still ends the connection.

test.describe.configure({ timeout: 120_000 });

// Only the way to the local server is shared; the auth is the guide's own, not appClient's.
function guestSession(token: string): PusherJS {
  return new PusherJS(pusherKey(), {
    ...pusherTransport(),
    authEndpoint: `${baseURL}/api/notifications/pusher/auth/`,
    auth: { headers: { Authorization: `Bearer ${token}` } },
  });
}

test("the plan's GuestSession subscribes without signing in, keeps receiving past 30 s, and is ended by revocation", async ({ seed, request }) => {
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const link = await issueLink(booking.reference);
  const channelName = `private-guest-booking.${booking.reference}`;
  const client = guestSession(link.token);
  try {
    const channel = client.subscribe(channelName);
    await waitFor((done) => channel.bind("pusher:subscription_succeeded", () => done(undefined)), "subscribed without signin");
    const precheckin = async (arrival: string) =>
      expect((await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${link.token}` }, data: { arrival_time: arrival, adults: 1 } })).status()).toBe(200);
    const first = waitFor<Record<string, unknown>>((done) => channel.bind("booking.updated", done), "first event");
    await precheckin("14:00");
    expect(await first).toMatchObject({ booking_id: booking.reference });
    channel.unbind("booking.updated");

    // Past the deadline a socket that neither signed in nor was bound would have been closed.
    await new Promise((r) => setTimeout(r, 33_000));
    expect(client.connection.state).toBe("connected");
    const later = waitFor<Record<string, unknown>>((done) => channel.bind("booking.updated", done), "event after 33 s");
    await precheckin("15:00");
    expect(await later).toMatchObject({ booking_id: booking.reference });

    const ended = waitFor<string>((done) => client.connection.bind("state_change", (s: { current: string }) => s.current === "disconnected" && done(s.current)), "disconnected");
    await revokeLink(link.link_id);
    expect(await ended).toBe("disconnected");
  } finally {
    client.disconnect();
  }
});
