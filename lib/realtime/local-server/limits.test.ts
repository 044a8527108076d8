import Pusher from "pusher";
import type { Channel } from "pusher-js";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { APP, ClientPool, RawClient, startTestServer, waitFor, waitUntil } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";

// Limits a hostile client may hit: each is refused with the protocol's error and the server carries on.

const logged: string[] = [];
const local = localPusherSuite({ maxConnectionsPerAddress: 20, maxSubscriptionsPerSocket: 3, logger: (m) => logged.push(m) });
const { pool } = local;

const subscribed = (channel: Channel) => waitFor<unknown>((cb) => channel.bind("pusher:subscription_succeeded", cb), `subscribed ${channel.name}`);

/** A healthy pusher-js client still subscribes and receives. */
async function serverStillServes(): Promise<void> {
  const client = await pool.connected();
  const ch = client.subscribe("healthy");
  await subscribed(ch);
  const got = waitFor<unknown>((cb) => ch.bind("ok", cb), "event for the healthy client");
  await local.sdk.trigger("healthy", "ok", { fine: true });
  expect(await got).toEqual({ fine: true });
}

describe("connections per address", () => {
  it("refuses the one over the limit with pusher:error 4100 and close 4100, and takes new ones once some leave", async () => {
    const limited = await startTestServer({ maxConnectionsPerAddress: 3 });
    const limitedPool = new ClientPool(() => limited, () => local.sdk);
    try {
      const open: RawClient[] = [];
      for (let i = 0; i < 3; i++) {
        const raw = await limitedPool.raw();
        await raw.socketId();
        open.push(raw);
      }
      const extra = await limitedPool.raw();
      expect((await extra.nextEvent("pusher:error")).data).toMatchObject({ code: 4100 });
      expect(await extra.closed()).toBe(4100);

      open[0]!.ws.close();
      await waitUntil(() => (limited.stats().connections === 2 ? true : undefined), "a slot freed");
      const next = await limitedPool.raw();
      expect(await next.socketId()).toMatch(/^\d+\.\d+$/);
    } finally {
      limitedPool.closeAll();
      await limited.close();
    }
  });

  it("behind a trusted proxy, counts by the right-most X-Forwarded-For address (the one the proxy appended)", async () => {
    const proxied = await startTestServer({ maxConnectionsPerAddress: 1, trustProxy: true });
    const opened: WebSocket[] = [];
    const open = async (forwardedFor: string) => {
      const ws = new WebSocket(`ws://127.0.0.1:${proxied.port}/app/${APP.key}?protocol=7`, { headers: { "x-forwarded-for": forwardedFor } });
      opened.push(ws);
      const raw = new RawClient(ws);
      await raw.next(() => true, "first frame");
      return raw;
    };
    try {
      expect((await open("10.0.0.1, 203.0.113.1")).frames[0]?.event).toBe("pusher:connection_established");
      expect((await open("10.0.0.1, 203.0.113.2")).frames[0]?.event).toBe("pusher:connection_established");
      // A client-chosen entry on the left does not make a new address.
      const third = await open("10.0.0.2, 203.0.113.1");
      expect(third.frames[0]).toMatchObject({ event: "pusher:error", data: { code: 4100 } });
    } finally {
      for (const ws of opened) ws.terminate();
      await proxied.close();
    }
  });
});

describe("subscriptions per socket", () => {
  it("refuses the one over the limit with subscription_error (LimitReached); re-subscribing and freed slots still work", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    for (const c of ["s1", "s2", "s3"]) raw.send({ event: "pusher:subscribe", data: { channel: c, auth: "" } });
    await raw.next((f) => f.event === "pusher_internal:subscription_succeeded" && f.channel === "s3", "third subscribed");
    raw.send({ event: "pusher:subscribe", data: { channel: "s4", auth: "" } });
    const err = await raw.nextEvent("pusher:subscription_error");
    expect(err).toMatchObject({ channel: "s4", data: { type: "LimitReached", status: 400 } });

    raw.send({ event: "pusher:subscribe", data: { channel: "s1", auth: "" } }); // already there: not a new one
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe("s1");
    raw.send({ event: "pusher:unsubscribe", data: { channel: "s2" } });
    raw.send({ event: "pusher:subscribe", data: { channel: "s4", auth: "" } });
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe("s4");
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });

  it("counts a guest's own channels on a socket that never signed in like any other", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    const channels = ["private-guest-booking.BK-LIM", "private-guest-chat.BK-LIM", "private-a", "private-b"];
    for (const channel of channels) raw.send({ event: "pusher:subscribe", data: { channel, auth: local.sdk.authorizeChannel(socketId, channel).auth } });
    const err = await raw.nextEvent("pusher:subscription_error");
    expect(err).toMatchObject({ channel: "private-b", data: { type: "LimitReached" } });
  });
});

describe("socket ids", () => {
  it("REST trigger refuses an over-long socket_id with 400 and accepts a protocol-shaped one", async () => {
    const status = async (socketId: string) => {
      try {
        return (await local.sdk.trigger("any", "ev", {}, { socket_id: socketId })).status;
      } catch (err) {
        if (err instanceof Pusher.RequestError) return err.status;
        throw err;
      }
    };
    expect(await status(`${"9".repeat(5000)}.1`)).toBe(400);
    expect(await status("1234.5678")).toBe(200);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzFrames(count: number, seed: number): (string | Buffer)[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const events = ["pusher:subscribe", "pusher:subscribe", "pusher:unsubscribe", "pusher:ping", "pusher:pong", "client-x", "pusher:nope", "", "x".repeat(300)] as const;
  // a bad signin closes the socket (4009), so keep it rare enough for most frames to be handled
  const event = () => (r() < 0.02 ? "pusher:signin" : pick(events));
  const channels = ["", "a", "private-a", "presence-a", "private-encrypted-a", "#server-to-user-u", "#server-to-user-", "private-guest-booking.BK-1", "private-guest-chat.bk", "bad name", "x".repeat(5000), "é", "__proto__", "constructor"];
  const value = (depth: number): unknown => {
    switch (Math.floor(r() * (depth > 2 ? 6 : 9))) {
      case 0: return null;
      case 1: return Math.floor(r() * 1e9) * (r() < 0.5 ? -1 : 1);
      case 2: return pick(channels);
      case 3: return "{".repeat(Math.floor(r() * 50));
      case 4: return r() < 0.5;
      case 5: return `${APP.key}:${"0".repeat(64)}`;
      case 6: return [value(depth + 1), value(depth + 1)];
      case 7: return { channel: value(depth + 1), auth: value(depth + 1), channel_data: value(depth + 1), user_data: value(depth + 1) };
      default: return JSON.stringify({ user_id: value(depth + 1), id: value(depth + 1), user_info: value(depth + 1) });
    }
  };
  const frames: (string | Buffer)[] = [];
  for (let i = 0; i < count; i++) {
    const shape = r();
    if (shape < 0.05) frames.push(Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256))));
    else if (shape < 0.1) frames.push(JSON.stringify({ event: event(), data: value(0) }).slice(0, Math.floor(r() * 40)));
    else if (shape < 0.13) frames.push("[".repeat(5000) + "]".repeat(5000));
    else if (shape < 0.15) frames.push(Buffer.from([0xff, 0xfe, 0x7b, 0x22]));
    else frames.push(JSON.stringify({ event: event(), channel: r() < 0.5 ? pick(channels) : value(1), data: value(0), [pick(["user_id", "__proto__", "extra"])]: value(1) }));
  }
  return frames;
}

describe("fuzz", () => {
  it("survives thousands of malformed frames; healthy clients keep working", { timeout: 60_000 }, async () => {
    const frames = fuzzFrames(3000, 20261125);
    const closeCodes: number[] = [];
    let socket = await pool.raw();
    await socket.socketId();
    let handled = 0;
    for (let i = 0; i < frames.length; i += 10) {
      for (const frame of frames.slice(i, i + 10)) if (socket.ws.readyState === socket.ws.OPEN) socket.ws.send(frame);
      // a pong after the batch means the server handled every frame of it; a close ends this socket
      const s = socket;
      s.send({ event: "pusher:ping", data: {} });
      const before = s.frames.filter((f) => f.event === "pusher:pong").length;
      await waitUntil(() => (s.closeCode !== null || s.frames.filter((f) => f.event === "pusher:pong").length > before ? true : undefined), "pong or close");
      if (s.closeCode === null) {
        handled += 10;
        continue;
      }
      closeCodes.push(s.closeCode);
      socket = await pool.raw();
      await socket.socketId();
    }
    // Only deliberate closes (4009 for a bad signin); never an internal error or a handler exception.
    expect(new Set(closeCodes)).toEqual(new Set(closeCodes.length ? [4009] : []));
    expect(handled).toBeGreaterThan(frames.length / 2);
    expect(logged.filter((m) => m.includes("handler error"))).toEqual([]);
    await serverStillServes();
  });

  it("handles the edge cases one by one: double subscribe, unknown unsubscribe, bad channel_data", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "twice", auth: "" } });
    raw.send({ event: "pusher:subscribe", data: { channel: "twice", auth: "" } });
    raw.send({ event: "pusher:unsubscribe", data: { channel: "never-subscribed" } });
    raw.send({ event: "pusher:unsubscribe", data: { channel: "private-guest-booking.BK-NEVER" } });
    const badData = "{not json";
    const auth = local.sdk.authorizeChannel(socketId, "presence-x", undefined).auth;
    const signedBad = `${APP.key}:${(await import("./signatures")).hmacSha256Hex(APP.secret, `${socketId}:presence-x:${badData}`)}`;
    raw.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth: signedBad, channel_data: badData } });
    raw.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth, channel_data: JSON.stringify({ user_id: { nested: true } }) } });
    raw.send({ event: "pusher:ping", data: {} });
    await raw.nextEvent("pusher:pong");
    expect(raw.frames.filter((f) => f.event === "pusher_internal:subscription_succeeded" && f.channel === "twice")).toHaveLength(2);
    expect(raw.frames.filter((f) => f.event === "pusher:subscription_error" && f.channel === "presence-x")).toHaveLength(2);
    const info = (await (await local.sdk.get({ path: "/channels/twice", params: { info: "subscription_count" } })).json()) as { subscription_count: number };
    expect(info.subscription_count).toBe(1);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    expect(logged.filter((m) => m.includes("handler error"))).toEqual([]);
  });
});
