import Pusher from "pusher";
import type { Channel, Members, PresenceChannel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalPusherServer } from "./server";
import { APP, ClientPool, eventually, sdkFor, startTestServer, waitFor, waitForState, waitUntil } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";

const local = localPusherSuite();
const { pool } = local;

const subscribed = (channel: Channel) =>
  waitFor<unknown>((cb) => channel.bind("pusher:subscription_succeeded", cb), `subscribed to ${channel.name}`);
const received = <T = unknown>(channel: Channel, event: string) => waitFor<T>((cb) => channel.bind(event, cb), event);

describe("handshake", () => {
  it("pusher-js connects and gets a protocol-7 socket id", async () => {
    const client = await pool.connected();
    expect(client.connection.socket_id).toMatch(/^\d+\.\d+$/);
    const other = await pool.connected();
    expect(other.connection.socket_id).not.toBe(client.connection.socket_id);
  });

  it("sends connection_established with string data and a positive activity_timeout", async () => {
    const raw = await pool.raw();
    const first = await raw.next(() => true, "first frame");
    expect(first.event).toBe("pusher:connection_established");
    const data = first.data as { socket_id: string; activity_timeout: number };
    expect(data.socket_id).toMatch(/^\d+\.\d+$/);
    expect(data.activity_timeout).toBe(120);
  });

  it("keeps the wire format: data is a JSON string on every server frame", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    raw.send({ event: "pusher:ping", data: {} });
    await raw.nextEvent("pusher:pong");
    expect(raw.texts).toHaveLength(2);
    for (const text of raw.texts) expect(typeof (JSON.parse(text) as { data: unknown }).data).toBe("string");
  });

  it("unknown key: pusher:error 4001, close 4001, and pusher-js ends disconnected", async () => {
    const raw = await pool.raw(`/app/wrong-key?protocol=7`);
    const err = await raw.nextEvent("pusher:error");
    expect((err.data as { code: number }).code).toBe(4001);
    expect(await raw.closed()).toBe(4001);

    const client = pool.client({ key: "wrong-key" });
    const errors: unknown[] = [];
    client.connection.bind("error", (e: unknown) => errors.push(e));
    await waitForState(client, "disconnected");
    expect(JSON.stringify(errors)).toContain("4001");
  });

  it.each([
    ["", 4008],
    ["?protocol=abc", 4006],
    ["?protocol=6", 4007],
  ])("protocol query %j closes with %i", async (query, code) => {
    const raw = await pool.raw(`/app/${APP.key}${query}`);
    const err = await raw.nextEvent("pusher:error");
    expect((err.data as { code: number }).code).toBe(code);
    expect(await raw.closed()).toBe(code);
  });
});

describe("subscriptions", () => {
  it("public channel receives an SDK trigger", async () => {
    const client = await pool.connected();
    const channel = client.subscribe("news");
    await subscribed(channel);
    const got = received<{ hello: string }>(channel, "greeting");
    await local.sdk.trigger("news", "greeting", { hello: "world" });
    expect(await got).toEqual({ hello: "world" });
  });

  it("private channel accepts the SDK's signature", async () => {
    const client = await pool.connected();
    const channel = client.subscribe("private-room-1");
    await subscribed(channel);
    const got = received(channel, "update");
    await local.sdk.trigger("private-room-1", "update", { n: 1 });
    expect(await got).toEqual({ n: 1 });
  });

  it("forged signature gets subscription_error (AuthError 401) and the socket stays usable", async () => {
    const client = await pool.connected({ forgeAuth: `${APP.key}:${"0".repeat(64)}` });
    const channel = client.subscribe("private-secret");
    const err = await waitFor<{ type: string; status: number }>((cb) => channel.bind("pusher:subscription_error", cb), "subscription_error");
    expect(err).toMatchObject({ type: "AuthError", status: 401 });
    expect(channel.subscribed).toBe(false);
    // the same connection still works
    const pub = client.subscribe("still-alive");
    await subscribed(pub);
    const got = received(pub, "ping-test");
    await local.sdk.trigger("still-alive", "ping-test", { ok: true });
    expect(await got).toEqual({ ok: true });
    expect(client.connection.state).toBe("connected");
    // and the private channel never got the event meant for subscribers
    const res = await local.sdk.get({ path: "/channels/private-secret" });
    expect(await res.json()).toMatchObject({ occupied: false });
  });

  it("signature from a different socket is rejected (raw)", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    const auth = local.sdk.authorizeChannel("1.1", "private-x").auth;
    raw.send({ event: "pusher:subscribe", data: { channel: "private-x", auth } });
    const err = await raw.nextEvent("pusher:subscription_error");
    expect(err.channel).toBe("private-x");
    expect(err.data).toMatchObject({ type: "AuthError", status: 401 });
  });

  it("private-encrypted: the server passes ciphertext through and pusher-js decrypts it", async () => {
    const masterKey = Buffer.alloc(32, 7).toString("base64");
    const encSdk = new Pusher({ ...APP, host: "127.0.0.1", port: String(local.server.port), useTLS: false, encryptionMasterKeyBase64: masterKey });
    const encPool = new ClientPool(() => local.server, () => encSdk);
    try {
      const client = await encPool.connected();
      const channel = client.subscribe("private-encrypted-doc");
      await subscribed(channel);
      const raw = await pool.raw();
      const socketId = await raw.socketId();
      raw.send({ event: "pusher:subscribe", data: { channel: "private-encrypted-doc", auth: encSdk.authorizeChannel(socketId, "private-encrypted-doc").auth } });
      await raw.nextEvent("pusher_internal:subscription_succeeded");

      const got = received(channel, "secret");
      await encSdk.trigger("private-encrypted-doc", "secret", { plain: "text" });
      expect(await got).toEqual({ plain: "text" });
      const wire = await raw.nextEvent("secret");
      expect(Object.keys(wire.data as object).sort()).toEqual(["ciphertext", "nonce"]);
    } finally {
      encPool.closeAll();
    }
  });

  it("unsubscribe stops delivery", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "a", auth: "" } });
    raw.send({ event: "pusher:subscribe", data: { channel: "b", auth: "" } });
    await raw.next((f) => f.event === "pusher_internal:subscription_succeeded" && f.channel === "b", "b subscribed");
    raw.send({ event: "pusher:unsubscribe", data: { channel: "a" } });
    // ordering on one socket: after the unsubscribe frame is processed, a ping round trip proves it
    raw.send({ event: "pusher:ping", data: {} });
    await raw.nextEvent("pusher:pong");
    await local.sdk.trigger("a", "ev", "to-a");
    await local.sdk.trigger("b", "ev", "to-b");
    const ev = await raw.nextEvent("ev");
    expect(ev.channel).toBe("b");
    expect(raw.frames.some((f) => f.event === "ev" && f.channel === "a")).toBe(false);
  });

  it("rejects an invalid channel name with subscription_error", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "bad name!", auth: "" } });
    const err = await raw.nextEvent("pusher:subscription_error");
    expect(err.data).toMatchObject({ status: 400 });
  });
});

describe("presence", () => {
  const presence = (client: ReturnType<typeof pool.client>, name: string) => client.subscribe(name) as PresenceChannel;

  it("members include self; member_added/removed go to others once per user", async () => {
    const name = "presence-lobby";
    const a = await pool.connected({ presence: { user_id: "alice", user_info: { name: "Alice" } } });
    const chA = presence(a, name);
    const membersA = await waitFor<Members>((cb) => chA.bind("pusher:subscription_succeeded", cb), "alice joined");
    expect(membersA.count).toBe(1);
    expect(membersA.me).toMatchObject({ id: "alice", info: { name: "Alice" } });

    const added: string[] = [];
    const removed: string[] = [];
    chA.bind("pusher:member_added", (m: { id: string }) => added.push(m.id));
    chA.bind("pusher:member_removed", (m: { id: string }) => removed.push(m.id));

    const b1 = await pool.connected({ presence: { user_id: "bob", user_info: { name: "Bob" } } });
    const chB1 = presence(b1, name);
    const membersB = await waitFor<Members>((cb) => chB1.bind("pusher:subscription_succeeded", cb), "bob joined");
    expect(membersB.count).toBe(2);
    expect(membersB.get("alice")).toMatchObject({ id: "alice", info: { name: "Alice" } });
    await waitUntil(() => (added.length === 1 ? true : undefined), "member_added bob");
    expect(added).toEqual(["bob"]);
    expect(chA.members.count).toBe(2);

    // a second connection of bob: no second member_added
    const b2 = await pool.connected({ presence: { user_id: "bob" } });
    await subscribed(presence(b2, name));
    const sentinel1 = received(chA, "sentinel");
    await local.sdk.trigger(name, "sentinel", 1);
    await sentinel1;
    expect(added).toEqual(["bob"]);
    const users = (await (await local.sdk.get({ path: `/channels/${name}/users` })).json()) as { users: { id: string }[] };
    expect(users.users.map((u) => u.id).sort()).toEqual(["alice", "bob"]);

    // bob's first connection leaves: bob is still present through b2
    b1.disconnect();
    await eventually(async () => {
      const res = await local.sdk.get({ path: `/channels/${name}`, params: { info: "subscription_count" } });
      const info = (await res.json()) as { subscription_count: number };
      return info.subscription_count === 2 ? true : undefined;
    }, "b1 gone");
    const sentinel2 = received(chA, "sentinel2");
    await local.sdk.trigger(name, "sentinel2", 2);
    await sentinel2;
    expect(removed).toEqual([]);

    // last connection out → exactly one member_removed
    b2.disconnect();
    await waitUntil(() => (removed.length === 1 ? true : undefined), "member_removed bob");
    const sentinel3 = received(chA, "sentinel3");
    await local.sdk.trigger(name, "sentinel3", 3);
    await sentinel3;
    expect(removed).toEqual(["bob"]);
    expect(chA.members.count).toBe(1);
  });

  it("rejects channel_data without user_id and a tampered channel_data", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    const signed = local.sdk.authorizeChannel(socketId, "presence-x", { user_id: "u1" });
    raw.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth: signed.auth, channel_data: '{"user_id":"admin"}' } });
    expect((await raw.nextEvent("pusher:subscription_error")).data).toMatchObject({ type: "AuthError", status: 401 });
    const noId = local.sdk.authorizeChannel(socketId, "presence-x", { name: "x" } as never);
    raw.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth: noId.auth, channel_data: noId.channel_data } });
    expect((await raw.nextEvent("pusher:subscription_error")).data).toMatchObject({ status: 401 });
    raw.send({ event: "pusher:subscribe", data: { channel: "presence-x", auth: local.sdk.authorizeChannel(socketId, "presence-x").auth } });
    expect((await raw.nextEvent("pusher:subscription_error")).data).toMatchObject({ status: 401 }); // not signed in
  });
});

describe("client events by default", () => {
  it("are refused with pusher:error 4301 on every channel and reach nobody", async () => {
    // A KITCHEN screen on the staff orders channel, a STATUS-only guest on its booking channel.
    const ref = "BK-CE-1";
    const listener = await pool.connected({ user: { id: `guest-${ref}` }, presence: { user_id: "listener" } });
    listener.signin();
    const channels = ["private-demo.staff-orders", `private-guest-booking.${ref}`, "presence-demo.staff"];
    const heard: string[] = [];
    for (const name of channels) {
      const ch = listener.subscribe(name);
      await subscribed(ch);
      ch.bind_global((event: string) => heard.push(`${name} ${event}`));
    }
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:signin", data: local.sdk.authenticateUser(socketId, { id: `guest-${ref}` }) });
    await raw.nextEvent("pusher:signin_success");
    for (const name of channels) {
      const auth = name.startsWith("presence-") ? local.sdk.authorizeChannel(socketId, name, { user_id: "mallory" }) : local.sdk.authorizeChannel(socketId, name);
      raw.send({ event: "pusher:subscribe", data: { channel: name, ...auth } });
      await raw.next((f) => f.event === "pusher_internal:subscription_succeeded" && f.channel === name, `${name} subscribed`);
    }
    for (const [name, event] of [
      [channels[0], "client-order.ready"],
      [channels[1], "client-booking.link_revoked"],
      [channels[2], "client-typing"],
    ] as const) {
      raw.send({ event, channel: name, data: { forged: true } });
      const err = await raw.nextEvent("pusher:error");
      expect(err.data).toMatchObject({ code: 4301 });
    }
    // a later server event on each channel arrives; the forged ones before it never did
    for (const name of channels) {
      const ch = listener.channel(name);
      const sentinel = received(ch, "sentinel");
      await local.sdk.trigger(name, "sentinel", {});
      await sentinel;
    }
    expect(heard.filter((h) => h.includes("client-"))).toEqual([]);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});

describe("client events, where allowed", () => {
  // The default refuses them everywhere (below); these check the relay itself on a server that allows them.
  let ceServer: LocalPusherServer;
  let ceSdk: Pusher;
  const cePool = new ClientPool(() => ceServer, () => ceSdk);
  beforeAll(async () => {
    ceServer = await startTestServer({ clientEvents: ["private-", "presence-"] });
    ceSdk = sdkFor(ceServer);
  });
  afterEach(() => cePool.closeAll());
  afterAll(async () => ceServer.close());

  it("reach the other member with user_id, not the sender", async () => {
    const name = "presence-chat";
    const a = await cePool.connected({ presence: { user_id: "alice" } });
    const b = await cePool.connected({ presence: { user_id: "bob" } });
    const chA = a.subscribe(name);
    const chB = b.subscribe(name);
    await Promise.all([subscribed(chA), subscribed(chB)]);
    const gotA: unknown[] = [];
    chA.bind("client-typing", (d: unknown) => gotA.push(d));
    const gotB = waitFor<[unknown, { user_id?: string }]>((cb) => chB.bind("client-typing", (d: unknown, meta: { user_id?: string }) => cb([d, meta])), "client event at B");
    expect(chA.trigger("client-typing", { typing: true })).toBe(true);
    const [data, meta] = await gotB;
    expect(data).toEqual({ typing: true });
    expect(meta.user_id).toBe("alice");
    // A gets a later server event but never its own client event (one socket delivers in order)
    const sentinel = received(chA, "sentinel");
    await ceSdk.trigger(name, "sentinel", {});
    await sentinel;
    expect(gotA).toEqual([]);
  });

  it("work on private channels; refused on public or unsubscribed channels", async () => {
    const raw = await cePool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "client-x", channel: "public-chan", data: {} });
    expect((await raw.nextEvent("pusher:error")).data).toMatchObject({ message: expect.stringContaining("private and presence") });
    raw.send({ event: "client-x", channel: "private-p", data: {} });
    expect((await raw.nextEvent("pusher:error")).data).toMatchObject({ message: expect.stringContaining("Not subscribed") });

    const other = await cePool.connected();
    const ch = other.subscribe("private-p");
    await subscribed(ch);
    raw.send({ event: "pusher:subscribe", data: { channel: "private-p", auth: ceSdk.authorizeChannel(socketId, "private-p").auth } });
    await raw.nextEvent("pusher_internal:subscription_succeeded");
    const got = waitFor<[unknown, { user_id?: string }]>((cb) => ch.bind("client-x", (d: unknown, m: { user_id?: string }) => cb([d, m])), "client-x");
    raw.send({ event: "client-x", channel: "private-p", data: { v: 1 } });
    const [data, meta] = await got;
    expect(data).toEqual({ v: 1 });
    expect(meta.user_id).toBeUndefined();
  });

  it("more than 10 per second gets pusher:error 4301", async () => {
    const raw = await cePool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "private-flood", auth: ceSdk.authorizeChannel(socketId, "private-flood").auth } });
    await raw.nextEvent("pusher_internal:subscription_succeeded");
    for (let i = 0; i < 25; i++) raw.send({ event: "client-flood", channel: "private-flood", data: { i } });
    const err = await raw.nextEvent("pusher:error");
    expect((err.data as { code: number }).code).toBe(4301);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});

describe("ping/pong", () => {
  it("answers pusher:ping with pusher:pong", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    raw.send({ event: "pusher:ping", data: {} });
    const pong = await raw.nextEvent("pusher:pong");
    expect(pong.data).toEqual({});
  });

  it("pings idle sockets, keeps those that answer and closes silent ones with 4201", async () => {
    const fast = await startTestServer({ pingIntervalMs: 100, pongTimeoutMs: 300 });
    const fastPool = new ClientPool(() => fast, () => sdkFor(fast));
    try {
      const silent = await fastPool.raw();
      await silent.nextEvent("pusher:ping");
      expect(await silent.closed()).toBe(4201);

      // pusher-js answers server pings, so it survives several ping rounds (each longer than nothing-then-close)
      const client = await fastPool.connected();
      let pings = 0;
      client.connection.bind("message", (m: { event: string }) => {
        if (m.event === "pusher:ping") pings++;
      });
      await waitUntil(() => (pings >= 4 ? true : undefined), "4 server pings");
      expect(client.connection.state).toBe("connected");

      const polite = await fastPool.raw();
      polite.ws.on("message", (d) => {
        if (String(d).includes('"pusher:ping"')) polite.send({ event: "pusher:pong", data: {} });
      });
      await polite.nextEvent("pusher:ping");
      await polite.nextEvent("pusher:ping");
      await polite.nextEvent("pusher:ping");
      expect(polite.closeCode).toBeNull();
    } finally {
      fastPool.closeAll();
      await fast.close();
    }
  });
});

describe("malformed input", () => {
  it("answers garbage with pusher:error and keeps serving", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    const garbage: (string | Buffer)[] = [
      "not json",
      "[]",
      "null",
      '{"event":5}',
      '{"event":""}',
      '{"data":{}}',
      '{"event":"pusher:subscribe","data":"xx"}',
      '{"event":"pusher:subscribe","data":{"channel":123}}',
      '{"event":"pusher:subscribe"}',
      '{"event":"pusher:unsubscribe","data":[]}',
      '{"event":"unknown:thing","data":{}}',
      '{"event":"client-x","data":{}}',
      JSON.stringify({ event: "x".repeat(5000) }),
      "{".repeat(10000),
      Buffer.from([0, 1, 2, 3]),
      "x".repeat(150 * 1024), // over the 100 KB soft cap: error, socket kept
    ];
    for (const g of garbage) raw.ws.send(g);
    // one error reply per bad frame, in order, and the socket stays open
    await waitUntil(
      () => (raw.frames.filter((f) => f.event === "pusher:error").length >= garbage.length ? true : undefined),
      "errors for garbage",
    );
    expect(raw.frames.filter((f) => f.event === "pusher:error")).toHaveLength(garbage.length);
    raw.send({ event: "pusher:ping", data: {} });
    await raw.nextEvent("pusher:pong");
    expect(raw.closeCode).toBeNull();

    // a frame over the hard cap drops only that socket
    const huge = await pool.raw();
    huge.ws.send("y".repeat(1024 * 1024));
    expect(await huge.closed()).toBe(1009);

    // the server still serves
    const client = await pool.connected();
    const ch = client.subscribe("after-garbage");
    await subscribed(ch);
    const got = received(ch, "ok");
    await local.sdk.trigger("after-garbage", "ok", { fine: true });
    expect(await got).toEqual({ fine: true });
  });

  it("a healthy socket keeps working after sending garbage", async () => {
    const raw = await pool.raw();
    await raw.socketId();
    raw.send("}{");
    await raw.nextEvent("pusher:error");
    raw.send({ event: "pusher:subscribe", data: { channel: "still-fine", auth: "" } });
    await raw.nextEvent("pusher_internal:subscription_succeeded");
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });
});
