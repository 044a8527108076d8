import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalPusherServer } from "./server";
import { ClientPool, sdkFor, startTestServer, waitFor, waitForState, type RawClient } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";

// A leaked or revoked link must not keep a live feed: a socket must sign in or be bound to its guest
// by a guest-channel subscription, a guest channel belongs to its guest alone, and a termination
// ends the guest's sockets and spends signatures fetched before it.

// The default deadline (30 s) here; the deadline's own tests use a server with a short one.
const local = localPusherSuite();
const { pool } = local;

let n = 0;
const newRef = () => `BK-REV-${++n}`;
const bookingChannel = (ref: string) => `private-guest-booking.${ref}`;

async function signin(raw: RawClient, socketId: string, id: string): Promise<void> {
  raw.send({ event: "pusher:signin", data: local.sdk.authenticateUser(socketId, { id }) });
  await raw.nextEvent("pusher:signin_success");
}

const subscribe = (raw: RawClient, socketId: string, channel: string) =>
  raw.send({ event: "pusher:subscribe", data: { channel, auth: local.sdk.authorizeChannel(socketId, channel).auth } });

/** A ping round trip: every frame sent before it has been handled by the server. */
async function roundTrip(raw: RawClient): Promise<void> {
  raw.send({ event: "pusher:ping", data: {} });
  await raw.nextEvent("pusher:pong");
}

describe("signin deadline", () => {
  let quick: LocalPusherServer;
  const quickPool = new ClientPool(() => quick, () => local.sdk);
  beforeAll(async () => {
    quick = await startTestServer({ signinTimeoutMs: 1000 });
  });
  afterEach(() => quickPool.closeAll());
  afterAll(async () => quick.close());

  it("closes a socket that never signs in with pusher:error 4009 and close 4009, and keeps one that did", async () => {
    const ref = newRef();
    const guest = await quickPool.connected({ user: { id: `guest-${ref}` } });
    guest.signin();
    const ch = guest.subscribe(bookingChannel(ref));
    await waitFor((cb) => ch.bind("pusher:subscription_succeeded", cb), "guest subscribed");

    // the hostile client: a valid channel signature, a public channel too, and no signin
    const raw = await quickPool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "news", auth: "" } });
    subscribe(raw, socketId, "private-staff-thing");
    const err = await raw.nextEvent("pusher:error");
    expect(err.data).toMatchObject({ code: 4009 });
    expect(await raw.closed()).toBe(4009);

    // the signed-in client outlived a socket opened after it
    expect(guest.connection.state).toBe("connected");
    const got = waitFor((cb) => ch.bind("booking.room_assigned", cb), "event after the deadline");
    await sdkFor(quick).trigger(bookingChannel(ref), "booking.room_assigned", { room: "101" });
    expect(await got).toEqual({ room: "101" });
  });

  it("pusher-js ends disconnected (no reconnect) when it does not sign in", async () => {
    const client = quickPool.client();
    const errors: unknown[] = [];
    client.connection.bind("error", (e: unknown) => errors.push(e));
    await waitForState(client, "connected");
    await waitForState(client, "disconnected");
    expect(JSON.stringify(errors)).toContain("4009");
  });
});

describe("guest channels belong to their guest", () => {
  it("binds a socket that never signs in to the guest whose channel it subscribed: events arrive, revoking the guest ends it", async () => {
    const ref = newRef();
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    subscribe(raw, socketId, bookingChannel(ref));
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe(bookingChannel(ref));
    await local.sdk.trigger(bookingChannel(ref), "booking.room_assigned", { room: "101" });
    expect((await raw.nextEvent("booking.room_assigned")).data).toEqual({ room: "101" });
    // The same guest's other channel is its own too; another guest's is not.
    subscribe(raw, socketId, `private-guest-chat.${ref}`);
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe(`private-guest-chat.${ref}`);
    subscribe(raw, socketId, bookingChannel(`${ref}-X`));
    expect(await raw.nextEvent("pusher:subscription_error")).toMatchObject({ channel: bookingChannel(`${ref}-X`), data: { status: 403 } });

    await local.sdk.terminateUserConnections(`guest-${ref}`);
    expect((await raw.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await raw.closed()).toBe(4009);
  });

  it("the plan's own client (pusher-js, channel auth with a Bearer header, no signin) stays subscribed past the signin deadline", async () => {
    const quick = await startTestServer({ signinTimeoutMs: 800 });
    const quickPool = new ClientPool(() => quick, () => local.sdk);
    try {
      const ref = newRef();
      const client = quickPool.client();
      const ch = client.subscribe(bookingChannel(ref));
      await waitFor((cb) => ch.bind("pusher:subscription_succeeded", cb), "subscribed without signin");
      await new Promise((r) => setTimeout(r, 1500));
      expect(client.connection.state).toBe("connected");
      const got = waitFor((cb) => ch.bind("booking.updated", cb), "event after the deadline");
      await sdkFor(quick).trigger(bookingChannel(ref), "booking.updated", { fields: ["room"] });
      expect(await got).toEqual({ fields: ["room"] });
    } finally {
      quickPool.closeAll();
      await quick.close();
    }
  });

  it("works with pusher-js subscribing before its signin completes", async () => {
    const ref = newRef();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const client = pool.client({ user: { id: `guest-${ref}` }, signinGate: gate });
    client.signin();
    const ch = client.subscribe(bookingChannel(ref)); // sent on connect, before the gated signin
    await waitForState(client, "connected");
    release();
    await waitFor((cb) => ch.bind("pusher:subscription_succeeded", cb), "subscribed after signin");
    const got = waitFor((cb) => ch.bind("booking.updated", cb), "event");
    await local.sdk.trigger(bookingChannel(ref), "booking.updated", { fields: ["x"] });
    expect(await got).toEqual({ fields: ["x"] });
  });

  it.each([
    ["another guest", (ref: string) => `guest-${ref}-X`],
    ["a staff member", () => "staff-1"],
  ])("refuses a guest channel to %s: signed in first (403), or bound to the guest first and then signing in as them (closed)", async (_label, userOf) => {
    const ref = newRef();
    const signedIn = await pool.raw();
    const signedInId = await signedIn.socketId();
    await signin(signedIn, signedInId, userOf(ref));
    subscribe(signedIn, signedInId, bookingChannel(ref));
    expect(await signedIn.nextEvent("pusher:subscription_error")).toMatchObject({ channel: bookingChannel(ref), data: { type: "AuthError", status: 403 } });
    subscribe(signedIn, signedInId, `private-guest-chat.${ref}`);
    expect(await signedIn.nextEvent("pusher:subscription_error")).toMatchObject({ channel: `private-guest-chat.${ref}`, data: { status: 403 } });

    const bound = await pool.raw();
    const boundId = await bound.socketId();
    subscribe(bound, boundId, bookingChannel(ref));
    await bound.nextEvent("pusher_internal:subscription_succeeded");
    bound.send({ event: "pusher:signin", data: local.sdk.authenticateUser(boundId, { id: userOf(ref) }) });
    expect((await bound.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await bound.closed()).toBe(4009);
    const occupied = (await (await local.sdk.get({ path: `/channels/${bookingChannel(ref)}` })).json()) as { occupied: boolean };
    expect(occupied.occupied).toBe(false);
  });
});

describe("revocation (terminate user connections)", () => {
  it("closes every signed-in socket of the guest, and signatures fetched before it are spent", async () => {
    const ref = newRef();
    const user = `guest-${ref}`;
    const a = await pool.connected({ user: { id: user } });
    const b = await pool.connected({ user: { id: user } });
    a.signin();
    b.signin();
    await Promise.all([a, b].map((c) => waitFor((cb) => c.subscribe(bookingChannel(ref)).bind("pusher:subscription_succeeded", cb), "subscribed")));

    // a socket bound by its guest channel alone (no signin) is ended with the others
    const bound = await pool.raw();
    const boundId = await bound.socketId();
    subscribe(bound, boundId, bookingChannel(ref));
    await bound.nextEvent("pusher_internal:subscription_succeeded");

    // two leakers opened before the revocation, each holding a signature it has not used yet
    const leaker = await pool.raw();
    const channelAuth = local.sdk.authorizeChannel(await leaker.socketId(), bookingChannel(ref)).auth;
    const signer = await pool.raw();
    const userAuth = local.sdk.authenticateUser(await signer.socketId(), { id: user });
    await roundTrip(leaker);

    await local.sdk.terminateUserConnections(user);
    await Promise.all([waitForState(a, "disconnected"), waitForState(b, "disconnected")]);
    expect(await bound.closed()).toBe(4009);

    // Either signature, sent after the revocation, is spent: the socket is closed, nothing granted.
    leaker.send({ event: "pusher:subscribe", data: { channel: bookingChannel(ref), auth: channelAuth } });
    expect((await leaker.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await leaker.closed()).toBe(4009);
    signer.send({ event: "pusher:signin", data: userAuth });
    expect((await signer.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await signer.closed()).toBe(4009);
    for (const c of [leaker, signer]) expect(c.frames.some((f) => f.event === "pusher_internal:subscription_succeeded" || f.event === "pusher:signin_success")).toBe(false);

    // a socket opened after the revocation may sign in again (a new link for the same booking)
    const fresh = await pool.raw();
    const freshId = await fresh.socketId();
    await signin(fresh, freshId, user);
  });
});
