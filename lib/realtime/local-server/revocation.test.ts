import type Pusher from "pusher";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalPusherServer } from "./server";
import { ClientPool, sdkFor, startTestServer, waitFor, waitForState, type RawClient } from "./test-helpers";

// A leaked or revoked link must not keep a live feed: sockets must sign in, guest channels belong to
// their guest's signed-in user, and a termination also spends signatures fetched before it.

let server: LocalPusherServer;
let sdk: Pusher;
const pool = new ClientPool(() => server, () => sdk);

// The default deadline (30 s) here; the deadline's own tests use a server with a short one.
beforeAll(async () => {
  server = await startTestServer();
  sdk = sdkFor(server);
});
afterEach(() => pool.closeAll());
afterAll(async () => server.close());

let n = 0;
const newRef = () => `BK-REV-${++n}`;
const bookingChannel = (ref: string) => `private-guest-booking.${ref}`;

async function signin(raw: RawClient, socketId: string, id: string): Promise<void> {
  raw.send({ event: "pusher:signin", data: sdk.authenticateUser(socketId, { id }) });
  await raw.nextEvent("pusher:signin_success");
}

const subscribe = (raw: RawClient, socketId: string, channel: string) =>
  raw.send({ event: "pusher:subscribe", data: { channel, auth: sdk.authorizeChannel(socketId, channel).auth } });

/** A ping round trip: every frame sent before it has been handled by the server. */
async function roundTrip(raw: RawClient): Promise<void> {
  raw.send({ event: "pusher:ping", data: {} });
  await raw.nextEvent("pusher:pong");
}

describe("signin deadline", () => {
  let quick: LocalPusherServer;
  const quickPool = new ClientPool(() => quick, () => sdk);
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
  it("holds a guest-channel subscription made before signin: nothing is delivered until the owner signs in", async () => {
    const ref = newRef();
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    subscribe(raw, socketId, bookingChannel(ref));
    await roundTrip(raw);
    await sdk.trigger(bookingChannel(ref), "booking.room_assigned", { room: "early" });
    await signin(raw, socketId, `guest-${ref}`);
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe(bookingChannel(ref));
    await sdk.trigger(bookingChannel(ref), "booking.room_assigned", { room: "late" });
    expect((await raw.nextEvent("booking.room_assigned")).data).toEqual({ room: "late" });
    expect(raw.frames.filter((f) => f.event === "booking.room_assigned")).toHaveLength(1);
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
    await sdk.trigger(bookingChannel(ref), "booking.updated", { fields: ["x"] });
    expect(await got).toEqual({ fields: ["x"] });
  });

  it.each([
    ["another guest", (ref: string) => `guest-${ref}-X`],
    ["a staff member", () => "staff-1"],
  ])("refuses a guest channel to %s, whether asked before or after signin (403)", async (_label, userOf) => {
    const ref = newRef();
    const before = await pool.raw();
    const beforeId = await before.socketId();
    subscribe(before, beforeId, bookingChannel(ref));
    await signin(before, beforeId, userOf(ref));
    const held = await before.nextEvent("pusher:subscription_error");
    expect(held).toMatchObject({ channel: bookingChannel(ref), data: { type: "AuthError", status: 403 } });

    subscribe(before, beforeId, `private-guest-chat.${ref}`);
    const after = await before.nextEvent("pusher:subscription_error");
    expect(after).toMatchObject({ channel: `private-guest-chat.${ref}`, data: { status: 403 } });
    const occupied = (await (await sdk.get({ path: `/channels/${bookingChannel(ref)}` })).json()) as { occupied: boolean };
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

    // the leaker: opened before the revocation, holding both signatures, not signed in yet
    const leaker = await pool.raw();
    const socketId = await leaker.socketId();
    const userAuth = sdk.authenticateUser(socketId, { id: user });
    subscribe(leaker, socketId, bookingChannel(ref));
    await roundTrip(leaker);

    await sdk.terminateUserConnections(user);
    await Promise.all([waitForState(a, "disconnected"), waitForState(b, "disconnected")]);

    leaker.send({ event: "pusher:signin", data: userAuth });
    expect((await leaker.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await leaker.closed()).toBe(4009);
    expect(leaker.frames.some((f) => f.event === "pusher_internal:subscription_succeeded" || f.event === "pusher:signin_success")).toBe(false);

    // a socket opened after the revocation may sign in again (a new link for the same booking)
    const fresh = await pool.raw();
    const freshId = await fresh.socketId();
    await signin(fresh, freshId, user);
  });
});
