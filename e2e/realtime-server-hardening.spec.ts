import type PusherJS from "pusher-js";
import WebSocket from "ws";
import { bookingOf, expect, issueLink, revokeLink, test } from "./fixtures";
import { appClient, baseURL, connected, pusherKey, subscribed, waitFor } from "./realtime-helpers";

// The app's own Pusher-protocol server, reached as a hostile client would: a raw socket that
// never signs in, and a guest who tries to speak on its booking channel with client events.

const pusherPort = Number(process.env.E2E_PUSHER_PORT ?? 6101);
type Frame = { event: string; channel?: string; data?: string };

/** A bare socket that records every frame. */
async function rawSocket(): Promise<{ ws: WebSocket; frames: Frame[]; socketId: string }> {
  const ws = new WebSocket(`ws://127.0.0.1:${pusherPort}/app/${pusherKey()}?protocol=7&client=js&version=8.6.0`);
  const frames: Frame[] = [];
  ws.on("message", (d) => frames.push(JSON.parse(String(d)) as Frame));
  const first = await waitFor<Frame>((done) => ws.once("message", (d) => done(JSON.parse(String(d)) as Frame)), "connection_established");
  const socketId = (JSON.parse(first.data ?? "{}") as { socket_id: string }).socket_id;
  return { ws, frames, socketId };
}

test.describe("local Pusher server hardening", () => {
  const clients: PusherJS[] = [];
  const sockets: WebSocket[] = [];
  test.afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
    for (const s of sockets.splice(0)) s.terminate();
  });

  test("a socket holding a guest's channel signature but never signing in is that guest's: it hears the booking until the link is revoked, then it is closed", async ({ seed, request }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const link = await issueLink(booking.reference, { purpose: "PRECHECKIN" });
    const token = link.token;
    const channel = `private-guest-booking.${booking.reference}`;

    const leaker = await rawSocket();
    sockets.push(leaker.ws);
    const res = await request.post(`${baseURL}/api/public/pusher/auth/`, {
      headers: { Authorization: `Bearer ${token}` },
      form: { socket_id: leaker.socketId, channel_name: channel },
    });
    expect(res.status()).toBe(200);
    const { auth } = (await res.json()) as { auth: string };
    leaker.ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel, auth } }));

    const honest = appClient({ bearer: token }); // signs in, as the portal does
    clients.push(honest);
    await connected(honest);
    expect(await subscribed(honest, channel)).toBe("ok");
    const got = waitFor<Record<string, unknown>>((done) => honest.channel(channel).bind("booking.updated", done), "booking.updated");
    const pre = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${token}` }, data: { arrival_time: "15:00", adults: 1 } });
    expect(pre.status()).toBe(200);
    await got;
    // Bound by its subscription (as Pusher Channels counts one): it hears the booking too...
    await expect.poll(() => leaker.frames.map((f) => f.event)).toContain("booking.updated");
    // ...and revoking the link ends it like the signed-in client, so a leaked signature keeps no feed.
    await revokeLink(link.link_id);
    await expect.poll(() => leaker.ws.readyState).toBe(WebSocket.CLOSED);
    expect(leaker.frames.some((f) => f.event === "pusher:error" && JSON.stringify(f.data).includes("4009"))).toBe(true);
  });

  test("a guest's client event on its booking channel is refused with 4301 and reaches no one", async ({ seed, request }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const token = (await issueLink(booking.reference, { purpose: "PRECHECKIN" })).token;
    const channel = `private-guest-booking.${booking.reference}`;
    const sender = appClient({ bearer: token });
    const receiver = appClient({ bearer: token });
    clients.push(sender, receiver);
    await Promise.all([connected(sender), connected(receiver)]);
    expect(await subscribed(sender, channel)).toBe("ok");
    expect(await subscribed(receiver, channel)).toBe("ok");
    const heard: string[] = [];
    receiver.channel(channel).bind_global((name: string) => heard.push(name));

    const refused = waitFor<{ data?: { code?: number } }>((done) => sender.connection.bind("error", done), "pusher:error at the sender");
    sender.channel(channel).trigger("client-booking.link_revoked", { link_id: "forged" });
    expect((await refused).data?.code).toBe(4301);

    // a server event sent after it arrives; the client event before it never did
    const got = waitFor((done) => receiver.channel(channel).bind("booking.updated", done), "booking.updated");
    const pre = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${token}` }, data: { arrival_time: "16:00", adults: 1 } });
    expect(pre.status()).toBe(200);
    await got;
    expect(heard.filter((n) => n.startsWith("client-"))).toEqual([]);
    expect(sender.connection.state).toBe("connected");
  });
});
