import type Pusher from "pusher";
import type PusherJS from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalPusherServer } from "@/lib/realtime/local-server/server";
import { ClientPool, eventually, sdkFor, startTestServer, waitFor, waitUntil } from "@/lib/realtime/local-server/test-helpers";
import { ChannelHub } from "./channel-hub";

// The hub against the real local Pusher server, driven by pusher-js and the pusher SDK.

let server: LocalPusherServer;
let sdk: Pusher;
const pool = new ClientPool(() => server, () => sdk);

beforeAll(async () => {
  // Client events on and no guest binding, unlike the app: the hub must ignore client events even where they pass.
  server = await startTestServer({ clientEvents: ["private-"], channelBinding: null });
  sdk = sdkFor(server);
});
afterEach(() => pool.closeAll());
afterAll(async () => server.close());

let n = 0;
const channelName = () => `private-guest-booking.BK-HUB-${++n}`;
const updated = (ref: string, id: string) => ({ booking_id: ref, fields: ["precheckin"], event_id: id, created_at: new Date().toISOString() });
const refOf = (channel: string) => channel.slice("private-guest-booking.".length);

type Got = { name: string; id: unknown }[];
function recorder() {
  const got: Got = [];
  let resyncs = 0;
  return {
    got,
    resyncs: () => resyncs,
    listener: { onEvent: (name: string, data: Record<string, unknown>) => got.push({ name, id: data.event_id }), onResync: () => resyncs++ },
  };
}

async function subscribedHub(): Promise<{ client: PusherJS; hub: ChannelHub }> {
  const client = await pool.connected();
  return { client, hub: new ChannelHub(client) };
}

const occupied = async (channel: string) => ((await (await sdk.get({ path: `/channels/${channel}`, params: { info: "subscription_count" } })).json()) as { occupied: boolean; subscription_count?: number });

describe("ChannelHub", () => {
  it("delivers one event to every listener of a channel, each exactly once per event id", async () => {
    const { hub } = await subscribedHub();
    const channel = channelName();
    const a = recorder();
    const b = recorder();
    hub.listen(channel, a.listener);
    hub.listen(channel, b.listener);
    await waitUntil(() => (a.resyncs() > 0 && b.resyncs() > 0 ? true : undefined), "both resynced");
    expect(hub.holders(channel)).toBe(2);
    expect((await occupied(channel)).subscription_count).toBe(1);

    // At-least-once delivery: the same event twice, then another.
    await sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e1"));
    await sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e1"));
    await sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e2"));
    await waitUntil(() => (a.got.length >= 2 && b.got.length >= 2 ? true : undefined), "both got e2");
    expect(a.got).toEqual([{ name: "booking.updated", id: "e1" }, { name: "booking.updated", id: "e2" }]);
    expect(b.got).toEqual(a.got);
  });

  it("keeps the subscription and the other listener's handlers when one listener leaves", async () => {
    const { client, hub } = await subscribedHub();
    const channel = channelName();
    const a = recorder();
    const b = recorder();
    const stopA = hub.listen(channel, a.listener);
    const stopB = hub.listen(channel, b.listener);
    await waitUntil(() => (client.channel(channel)?.subscribed ? true : undefined), "subscribed");
    stopA();
    stopA(); // twice is harmless
    expect(hub.holders(channel)).toBe(1);
    await sdk.trigger(channel, "booking.updated", updated(refOf(channel), "after-a-left"));
    await waitUntil(() => (b.got.length ? true : undefined), "b still receives");
    expect(b.got).toEqual([{ name: "booking.updated", id: "after-a-left" }]);
    expect(a.got).toEqual([]);
    expect((await occupied(channel)).occupied).toBe(true);

    stopB();
    expect(hub.holders(channel)).toBe(0);
    await eventually(async () => ((await occupied(channel)).occupied ? undefined : true), "channel vacated");
    expect(client.channel(channel)).toBeUndefined();
  });

  it("ignores client events and anything outside the catalogue or its shapes", async () => {
    const { hub } = await subscribedHub();
    const channel = channelName();
    const ref = refOf(channel);
    const a = recorder();
    hub.listen(channel, a.listener);
    await waitUntil(() => (a.resyncs() ? true : undefined), "subscribed");

    // A party member's browser (same channel, its own connection) sends client events.
    const other = await pool.connected();
    const sub = other.subscribe(channel);
    await waitFor<void>((cb) => sub.bind("pusher:subscription_succeeded", () => cb()), "other subscribed");
    sub.trigger("client-booking.link_revoked", { booking_id: ref, link_id: "x", event_id: "c1", created_at: "now" });
    sub.trigger("client-booking.updated", updated(ref, "c2"));
    // The server side, with names and payloads outside the catalogue.
    await sdk.trigger(channel, "booking.refetch_everything", updated(ref, "s1"));
    await sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: "not-a-list", event_id: "s2" });
    await sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: [] }); // no event_id
    await sdk.trigger(channel, "toString", updated(ref, "s3"));
    // Sentinel: events on one channel arrive in order, so everything above has been seen by now.
    await sdk.trigger(channel, "booking.checked_out", { booking_id: ref, checked_out_at: "2026-11-25T10:00:00Z", event_id: "ok", created_at: "now" });
    await waitUntil(() => (a.got.length ? true : undefined), "sentinel");
    expect(a.got).toEqual([{ name: "booking.checked_out", id: "ok" }]);
  });

  it("gives a late listener its own resync and re-subscribes after the last one left", async () => {
    const { hub } = await subscribedHub();
    const channel = channelName();
    const a = recorder();
    const stopA = hub.listen(channel, a.listener);
    await waitUntil(() => (a.resyncs() ? true : undefined), "a resynced");
    const late = recorder();
    const stopLate = hub.listen(channel, late.listener);
    await waitUntil(() => (late.resyncs() ? true : undefined), "late resynced");
    expect(a.resyncs()).toBe(1);
    stopA();
    stopLate();

    const again = recorder();
    hub.listen(channel, again.listener);
    await waitUntil(() => (again.resyncs() ? true : undefined), "subscribed again");
    await sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e-again"));
    await waitUntil(() => (again.got.length ? true : undefined), "event after re-subscribe");
    expect(again.got).toEqual([{ name: "booking.updated", id: "e-again" }]);
    expect(a.got).toEqual([]);
  });
});
