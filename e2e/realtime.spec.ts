import type PusherJS from "pusher-js";
import { bookingOf, expect, issueLink, linkOf, revokeLink, staffOf, test } from "./fixtures";
import { appClient, baseURL, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

const AUTH_PATHS = ["/api/notifications/pusher/auth/", "/api/public/pusher/auth/"];

test.describe("realtime over the official clients", () => {
  const clients: PusherJS[] = [];
  test.afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });
  const track = (c: PusherJS) => (clients.push(c), c);

  test("a guest subscribes through the app's auth endpoint and receives the booking's events", async ({ seed, request }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const token = (await issueLink(booking.reference, { purpose: "PRECHECKIN" })).token;
    const client = track(appClient({ bearer: token }));
    await connected(client);
    expect(await subscribed(client, `private-guest-booking.${booking.reference}`)).toBe("ok");
    const got = waitFor<Record<string, unknown>>((done) => client.channel(`private-guest-booking.${booking.reference}`).bind("booking.updated", done), "booking.updated");
    const res = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${token}` }, data: { arrival_time: "14:00", adults: 1 } });
    expect(res.status()).toBe(200);
    const data = await got;
    expect(data).toMatchObject({ booking_id: booking.reference, fields: ["precheckin"] });
    expect(typeof data.event_id).toBe("string");
    expect(Number.isNaN(Date.parse(String(data.created_at)))).toBe(false);
  });

  test("a forged signature and another booking's channel are refused", async ({ seed }) => {
    const mine = bookingOf(seed, "in_house").booking;
    const other = bookingOf(seed, "arriving").booking;
    const token = linkOf(seed, mine.reference).token;
    const forger = track(appClient({ bearer: token }, { tamper: true }));
    await connected(forger);
    expect(await subscribed(forger, `private-guest-booking.${mine.reference}`)).toBe("server 401");
    const honest = track(appClient({ bearer: token }));
    await connected(honest);
    expect(await subscribed(honest, `private-guest-booking.${other.reference}`)).toContain("auth 403");
    // The socket stays usable after refusals.
    expect(await subscribed(honest, `private-guest-chat.${mine.reference}`)).toBe("ok");
  });

  test("the auth endpoint's rules over HTTP, the same at both paths", async ({ seed, request }) => {
    const { booking, hotel } = bookingOf(seed, "in_house");
    const ref = booking.reference;
    const full = linkOf(seed, ref).token;
    const noChat = linkOf(seed, ref, "ROOM_SERVICES").token; // issued with chat switched off
    const statusOnly = linkOf(seed, ref, "STATUS").token;
    const other = bookingOf(seed, "arriving").booking.reference;
    const cases: { token?: string; socket: string; channel: string; status: number; code?: string }[] = [
      { token: full, socket: "123.456", channel: `private-guest-booking.${ref}`, status: 200 },
      { token: full, socket: "123.456", channel: `private-guest-chat.${ref}`, status: 200 },
      { token: full, socket: "123.456", channel: `private-room-service.${ref}`, status: 200 },
      { socket: "123.456", channel: `private-guest-booking.${ref}`, status: 401, code: "TOKEN_REQUIRED" },
      { token: "Z".repeat(43), socket: "123.456", channel: `private-guest-booking.${ref}`, status: 403, code: "INVALID_TOKEN" },
      { token: full, socket: "123.456", channel: `private-guest-chat.${ref};x`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: `private-guest-chat.${ref}.x`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: `private-guest-chat.${ref.toLowerCase()}`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: `PRIVATE-GUEST-CHAT.${ref}`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: `private-guest-chat.${other}`, status: 403, code: "INVALID_TOKEN" },
      { token: full, socket: "123.456", channel: `private-${hotel.slug}.staff-chat`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: `${hotel.slug}.staff-chat`, status: 403, code: "INVALID_CHANNEL" },
      { token: full, socket: "123.456", channel: "presence-anything", status: 403, code: "INVALID_CHANNEL" },
      { token: noChat, socket: "123.456", channel: `private-guest-chat.${ref}`, status: 403, code: "MISSING_SCOPE" },
      { token: statusOnly, socket: "123.456", channel: `private-room-service.${ref}`, status: 403, code: "MISSING_SCOPE" },
      { token: full, socket: "", channel: `private-guest-booking.${ref}`, status: 400, code: "VALIDATION_ERROR" },
      { token: full, socket: "123", channel: `private-guest-booking.${ref}`, status: 400, code: "VALIDATION_ERROR" },
      { token: full, socket: "1.2.3", channel: `private-guest-booking.${ref}`, status: 400, code: "VALIDATION_ERROR" },
      { token: full, socket: "abc.def", channel: `private-guest-booking.${ref}`, status: 400, code: "VALIDATION_ERROR" },
    ];
    for (const path of AUTH_PATHS) {
      for (const c of cases) {
        const res = await request.post(path, {
          headers: c.token ? { Authorization: `Bearer ${c.token}` } : {},
          form: { socket_id: c.socket, channel_name: c.channel },
        });
        const label = `${path} ${c.channel} ${c.socket}`;
        expect(res.status(), label).toBe(c.status);
        const body = await res.json();
        if (c.status === 200) {
          expect(body.auth, label).toMatch(/^[0-9a-f]+:[0-9a-f]{64}$/);
          expect(JSON.parse(body.channel_data).user_id, label).toBe(`guest-${ref}`);
        } else {
          expect(body.code, label).toBe(c.code);
          expect(typeof body.error, label).toBe("string");
        }
      }
    }
    if (noChat) expect(seed.links.find((l) => l.token === noChat)?.can_chat).toBe(false);
  });

  test("staff sessions get only their hotel's staff channels, by role", async ({ seed }) => {
    const slug = seed.hotels[0]!.slug;
    const desk = await signedInApi(baseURL, staffOf(seed, "FRONT_DESK"));
    const kitchen = await signedInApi(baseURL, staffOf(seed, "KITCHEN"));
    const housekeeping = await signedInApi(baseURL, staffOf(seed, "HOUSEKEEPING"));
    const otherDesk = await signedInApi(baseURL, staffOf(seed, "FRONT_DESK", 1));
    const anonymous = await signedInApi(baseURL);
    const ask = async (ctx: typeof desk, channel: string) => (await ctx.post("/api/notifications/pusher/auth/", { form: { socket_id: "1.1", channel_name: channel } })).status();
    expect(await ask(desk, `private-${slug}.staff-chat`)).toBe(200);
    expect(await ask(desk, `private-${slug}.staff-bookings`)).toBe(200);
    expect(await ask(desk, `presence-${slug}.staff`)).toBe(200);
    expect(await ask(kitchen, `private-${slug}.staff-orders`)).toBe(200);
    expect(await ask(kitchen, `private-${slug}.staff-chat`)).toBe(403);
    expect(await ask(kitchen, `private-${slug}.staff-bookings`)).toBe(403);
    expect(await ask(kitchen, `private-${slug}.staff-requests`)).toBe(403);
    expect(await ask(desk, `private-${slug}.staff-requests`)).toBe(200);
    // Housekeeping: its request queue and who is on shift, nothing of chat, orders or bookings.
    expect(await ask(housekeeping, `private-${slug}.staff-requests`)).toBe(200);
    expect(await ask(housekeeping, `presence-${slug}.staff`)).toBe(200);
    for (const kind of ["chat", "orders", "bookings"]) expect(await ask(housekeeping, `private-${slug}.staff-${kind}`), kind).toBe(403);
    expect(await ask(otherDesk, `private-${slug}.staff-requests`)).toBe(403);
    expect(await ask(otherDesk, `private-${slug}.staff-chat`)).toBe(403);
    expect(await ask(otherDesk, `presence-${slug}.staff`)).toBe(403);
    expect(await ask(desk, `private-guest-booking.${bookingOf(seed, "in_house").booking.reference}`)).toBe(403);
    expect(await ask(anonymous, `private-${slug}.staff-chat`)).toBe(401);
    for (const c of [desk, kitchen, housekeeping, otherDesk, anonymous]) await c.dispose();
  });

  test("revoking a link ends that guest's live connection and refuses re-subscription", async ({ seed }) => {
    const { booking } = bookingOf(seed, "in_house");
    const link = await issueLink(booking.reference);
    const channel = `private-guest-booking.${booking.reference}`;
    const client = track(appClient({ bearer: link.token }));
    await connected(client);
    client.signin();
    expect(await subscribed(client, channel)).toBe("ok");
    const revokedEvent = waitFor<Record<string, unknown>>((done) => client.channel(channel).bind("booking.link_revoked", done), "link_revoked event");
    const ended = waitFor<string>((done) => client.connection.bind("state_change", (s: { current: string }) => s.current === "disconnected" && done(s.current)), "disconnected");
    await revokeLink(link.link_id);
    expect((await revokedEvent).link_id).toBe(link.link_id);
    expect(await ended).toBe("disconnected");
    // Reconnecting does not help: the endpoint refuses the revoked token.
    const again = track(appClient({ bearer: link.token }));
    await connected(again);
    expect(await subscribed(again, channel)).toContain("auth 403");
  });
});
