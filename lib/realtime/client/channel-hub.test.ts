import http from "node:http";
import type { AddressInfo } from "node:net";
import PusherJS from "pusher-js";
import { describe, expect, it } from "vitest";
import { APP, eventually, pusherJsOptions, waitFor, waitUntil } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";
import { ChannelHub, retryDelayMs } from "./channel-hub";

// The hub against the real local Pusher server, driven by pusher-js and the pusher SDK.

// Client events on and no guest binding, unlike the app: the hub must ignore client events even where they pass.
const local = localPusherSuite({ clientEvents: ["private-"], channelBinding: null });
const { pool } = local;

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

const occupied = async (channel: string) => ((await (await local.sdk.get({ path: `/channels/${channel}`, params: { info: "subscription_count" } })).json()) as { occupied: boolean; subscription_count?: number });

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
    await local.sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e1"));
    await local.sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e1"));
    await local.sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e2"));
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
    await local.sdk.trigger(channel, "booking.updated", updated(refOf(channel), "after-a-left"));
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
    await local.sdk.trigger(channel, "booking.refetch_everything", updated(ref, "s1"));
    await local.sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: "not-a-list", event_id: "s2" });
    await local.sdk.trigger(channel, "booking.updated", { booking_id: ref, fields: [] }); // no event_id
    await local.sdk.trigger(channel, "toString", updated(ref, "s3"));
    // Sentinel: events on one channel arrive in order, so everything above has been seen by now.
    await local.sdk.trigger(channel, "booking.checked_out", { booking_id: ref, checked_out_at: "2026-11-25T10:00:00Z", event_id: "ok", created_at: "now" });
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
    await local.sdk.trigger(channel, "booking.updated", updated(refOf(channel), "e-again"));
    await waitUntil(() => (again.got.length ? true : undefined), "event after re-subscribe");
    expect(again.got).toEqual([{ name: "booking.updated", id: "e-again" }]);
    expect(a.got).toEqual([]);
  });

  it("subscribes again after a passing auth failure, never after a refusal", async () => {
    // The app's auth endpoint as pusher-js calls it (ajax, form-encoded): each channel answers its
    // queued statuses in turn, then signs. 503: an instance restarting; 403: the link was revoked.
    const queued = new Map<string, number[]>();
    const calls = new Map<string, number>();
    const endpoint = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += String(c)));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const channel = form.get("channel_name")!;
        calls.set(channel, (calls.get(channel) ?? 0) + 1);
        const status = queued.get(channel)?.shift() ?? 200;
        if (status !== 200) return void res.writeHead(status).end();
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(local.sdk.authorizeChannel(form.get("socket_id")!, channel)));
      });
    });
    await new Promise<void>((r) => endpoint.listen(0, "127.0.0.1", r));
    const client = new PusherJS(APP.key, { ...pusherJsOptions(local.server), channelAuthorization: { endpoint: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/auth`, transport: "ajax" } });
    try {
      const hub = new ChannelHub(client);
      const passing = channelName();
      const refused = channelName();
      queued.set(passing, [503]);
      queued.set(refused, [403, 403]);
      const a = recorder();
      const b = recorder();
      hub.listen(passing, a.listener);
      hub.listen(refused, b.listener);
      await waitUntil(() => (a.resyncs() ? true : undefined), "subscribed on the second try");
      expect(calls.get(passing)).toBe(2);
      await local.sdk.trigger(passing, "booking.updated", updated(refOf(passing), "after-retry"));
      await waitUntil(() => (a.got.length ? true : undefined), "event after the retry");

      await new Promise((r) => setTimeout(r, 1500)); // past the first retry's delay
      expect(calls.get(refused)).toBe(1);
      expect(b.resyncs()).toBe(0);
      expect(client.channel(refused)?.subscribed).toBe(false);
    } finally {
      client.disconnect();
      await new Promise((r) => endpoint.close(r));
    }
  });

  it("backs off retries up to 30 s, and only for passing failures", () => {
    expect([0, 1, 2, 5, 10].map((n) => retryDelayMs(503, n))).toEqual([1000, 2000, 4000, 30_000, 30_000]);
    expect([undefined, 0, 408, 429, 500, 502].map((s) => retryDelayMs(s, 0))).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect([400, 401, 403, 404, 200].map((s) => retryDelayMs(s, 0))).toEqual([null, null, null, null, null]);
  });
});
