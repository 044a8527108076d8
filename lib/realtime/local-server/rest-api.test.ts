import { createHash, createHmac } from "node:crypto";
import Pusher from "pusher";
import type { Channel } from "pusher-js";
import { describe, expect, it } from "vitest";
import { APP, sdkFor, waitFor } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";

const local = localPusherSuite();
const { pool } = local;

const subscribed = (channel: Channel) => waitFor<unknown>((cb) => channel.bind("pusher:subscription_succeeded", cb), `subscribed ${channel.name}`);
const received = (channel: Channel, event: string) => waitFor<unknown>((cb) => channel.bind(event, cb), event);
const json = async (res: { json(): Promise<unknown> }) => res.json();

/** Status of a rejected SDK call (the SDK throws RequestError for ≥400). */
async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (err) {
    if (err instanceof Pusher.RequestError) return err.status ?? -1;
    throw err;
  }
}

/** Hand-signed request (independent of the server's code), so tests can bend one rule at a time. */
async function signedFetch(
  method: string,
  path: string,
  opts: { body?: unknown; timestamp?: number; md5?: string; params?: Record<string, string>; secret?: string } = {},
) {
  const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  const params: Record<string, string> = {
    auth_key: APP.key,
    auth_timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
    auth_version: "1.0",
    ...(body !== undefined ? { body_md5: opts.md5 ?? createHash("md5").update(body).digest("hex") } : {}),
    ...opts.params,
  };
  const query = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join("&");
  const fullPath = `/apps/${APP.appId}${path}`;
  const sig = createHmac("sha256", opts.secret ?? APP.secret).update(`${method}\n${fullPath}\n${query}`).digest("hex");
  const res = await fetch(`http://127.0.0.1:${local.server.port}${fullPath}?${query}&auth_signature=${sig}`, {
    method,
    body,
    headers: body ? { "content-type": "application/json" } : {},
  });
  return { status: res.status, contentType: res.headers.get("content-type"), body: (await res.json()) as Record<string, unknown> };
}

describe("POST /events", () => {
  it("excludes the socket given as socket_id", async () => {
    const a = await pool.connected();
    const b = await pool.connected();
    const chA = a.subscribe("room");
    const chB = b.subscribe("room");
    await Promise.all([subscribed(chA), subscribed(chB)]);
    const gotA: unknown[] = [];
    chA.bind("msg", (d: unknown) => gotA.push(d));
    const atB = received(chB, "msg");
    const res = await local.sdk.trigger("room", "msg", { n: 1 }, { socket_id: a.connection.socket_id });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({});
    expect(await atB).toEqual({ n: 1 });
    // a later event reaches A, so the excluded one would have arrived first had it been sent
    const sentinel = received(chA, "sentinel");
    await local.sdk.trigger("room", "sentinel", {});
    await sentinel;
    expect(gotA).toEqual([]);
  });

  it("delivers to several channels and returns info when asked", async () => {
    const c = await pool.connected({ presence: { user_id: "u1" } });
    const one = c.subscribe("multi-1");
    const two = c.subscribe("presence-multi");
    await Promise.all([subscribed(one), subscribed(two)]);
    const got = Promise.all([received(one, "fan"), received(two, "fan")]);
    const res = await local.sdk.trigger(["multi-1", "presence-multi"], "fan", "plain string", { info: "user_count,subscription_count" });
    expect(await json(res)).toEqual({
      channels: { "multi-1": { subscription_count: 1 }, "presence-multi": { user_count: 1, subscription_count: 1 } },
    });
    expect(await got).toEqual(["plain string", "plain string"]);
  });

  it("accepts the single `channel` form", async () => {
    const r = await signedFetch("POST", "/events", { body: { name: "e", channel: "solo", data: "{}" } });
    expect(r).toMatchObject({ status: 200, body: {} });
  });
});

describe("POST /batch_events", () => {
  it("triggerBatch delivers every event", async () => {
    const c = await pool.connected();
    const x = c.subscribe("batch-x");
    const y = c.subscribe("batch-y");
    await Promise.all([subscribed(x), subscribed(y)]);
    const got = Promise.all([received(x, "one"), received(y, "two")]);
    const res = await local.sdk.triggerBatch([
      { channel: "batch-x", name: "one", data: { a: 1 } },
      { channel: "batch-y", name: "two", data: { b: 2 } },
    ]);
    expect(await json(res)).toEqual({});
    expect(await got).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("more than 10 events → 400", async () => {
    const batch = Array.from({ length: 11 }, (_, i) => ({ channel: "c", name: "e", data: { i } }));
    expect(await statusOf(local.sdk.triggerBatch(batch))).toBe(400);
  });
});

describe("GET channels", () => {
  it("/channels lists occupied channels, filters by prefix and gives user_count for presence", async () => {
    const c = await pool.connected({ presence: { user_id: "alice" } });
    const chans = ["list-a", "presence-list-b", "private-list-c"].map((n) => c.subscribe(n));
    await Promise.all(chans.map(subscribed));

    const all = (await json(await local.sdk.get({ path: "/channels" }))) as { channels: Record<string, unknown> };
    expect(Object.keys(all.channels)).toEqual(expect.arrayContaining(["list-a", "presence-list-b", "private-list-c"]));

    const pres = await json(await local.sdk.get({ path: "/channels", params: { filter_by_prefix: "presence-", info: "user_count" } }));
    expect(pres).toEqual({ channels: { "presence-list-b": { user_count: 1 } } });

    expect(await statusOf(local.sdk.get({ path: "/channels", params: { info: "user_count" } }))).toBe(400);
    expect(await statusOf(local.sdk.get({ path: "/channels", params: { filter_by_prefix: "private-", info: "user_count" } }))).toBe(400);
  });

  it("/channels/{c} reports occupancy and counts", async () => {
    const c = await pool.connected({ presence: { user_id: "alice" } });
    const d = await pool.connected({ presence: { user_id: "bob" } });
    await Promise.all([subscribed(c.subscribe("presence-info")), subscribed(d.subscribe("presence-info")), subscribed(c.subscribe("info-pub"))]);

    expect(await json(await local.sdk.get({ path: "/channels/presence-info", params: { info: "user_count,subscription_count" } }))).toEqual({
      occupied: true,
      user_count: 2,
      subscription_count: 2,
    });
    expect(await json(await local.sdk.get({ path: "/channels/info-pub", params: { info: "subscription_count" } }))).toEqual({
      occupied: true,
      subscription_count: 1,
    });
    expect(await json(await local.sdk.get({ path: "/channels/nobody-here" }))).toEqual({ occupied: false });
    expect(await statusOf(local.sdk.get({ path: "/channels/info-pub", params: { info: "user_count" } }))).toBe(400);
  });

  it("/channels/{c}/users lists presence members; other channels → 400", async () => {
    const c = await pool.connected({ presence: { user_id: "carol" } });
    await subscribed(c.subscribe("presence-users"));
    expect(await json(await local.sdk.get({ path: "/channels/presence-users/users" }))).toEqual({ users: [{ id: "carol" }] });
    expect(await statusOf(local.sdk.get({ path: "/channels/private-x/users" }))).toBe(400);
  });
});

describe("REST authentication and limits", () => {
  it("a correctly hand-signed request passes (control for the cases below)", async () => {
    const r = await signedFetch("GET", "/channels");
    expect(r.status).toBe(200);
  });

  it("wrong secret → 401", async () => {
    expect(await statusOf(sdkFor(local.server, "not-the-secret").trigger("c", "e", {}))).toBe(401);
    expect(await statusOf(sdkFor(local.server, "not-the-secret").get({ path: "/channels" }))).toBe(401);
  });

  it("timestamp more than 600 s off → 401", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await signedFetch("GET", "/channels", { timestamp: now - 601 })).status).toBe(401);
    expect((await signedFetch("GET", "/channels", { timestamp: now + 601 })).status).toBe(401);
    expect((await signedFetch("GET", "/channels", { timestamp: now - 590 })).status).toBe(200);
  });

  it("wrong body_md5 → 401", async () => {
    const r = await signedFetch("POST", "/events", { body: { name: "e", channels: ["c"], data: "{}" }, md5: "0".repeat(32) });
    expect(r.status).toBe(401);
    expect(r.body.error).toMatch(/md5/i);
  });

  it("unsigned request → 401 JSON", async () => {
    const res = await fetch(`http://127.0.0.1:${local.server.port}/apps/${APP.appId}/channels`);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toHaveProperty("error");
  });

  it("data over 10 KB → 413", async () => {
    expect(await statusOf(local.sdk.trigger("c", "e", "x".repeat(10 * 1024 + 1)))).toBe(413);
    expect(await statusOf(local.sdk.trigger("c", "e", "x".repeat(10 * 1024)))).toBe(200);
  });

  it("more than 100 channels → 400; bad channel name → 400", async () => {
    const channels = Array.from({ length: 101 }, (_, i) => `ch-${i}`);
    expect((await signedFetch("POST", "/events", { body: { name: "e", channels, data: "{}" } })).status).toBe(400);
    expect((await signedFetch("POST", "/events", { body: { name: "e", channels: ["bad name"], data: "{}" } })).status).toBe(400);
    expect((await signedFetch("POST", "/events", { body: { name: "e", channels: ["c"], data: { not: "a string" } } })).status).toBe(400);
  });

  it("unknown app → 404 and unknown route → 404, both JSON", async () => {
    const res = await fetch(`http://127.0.0.1:${local.server.port}/apps/999/channels`);
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty("error");
    const r = await signedFetch("GET", "/nope");
    expect(r).toMatchObject({ status: 404, contentType: "application/json" });
  });
});
