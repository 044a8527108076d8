import { createHmac } from "node:crypto";
import type Pusher from "pusher";
import type { PresenceChannel } from "pusher-js";
import { describe, expect, it } from "vitest";
import { APP, waitFor, waitForState, waitUntil } from "@/lib/testing/local-pusher";
import { localPusherSuite } from "@/lib/testing/local-pusher-suite";

const local = localPusherSuite();
const { pool } = local;

type Client = ReturnType<typeof pool.client>;

/** Signs in and waits until pusher-js has subscribed to its #server-to-user channel. */
async function signedIn(user: { id: string; user_info?: Record<string, unknown> }): Promise<Client> {
  const client = await pool.connected({ user });
  client.signin();
  await waitUntil(() => (client.user.serverToUserChannel?.subscribed ? true : undefined), `signin of ${user.id}`);
  return client;
}

describe("signin", () => {
  it("signin_success, then sendToUser reaches that user only", async () => {
    const u1 = await signedIn({ id: "u1" });
    const u2 = await signedIn({ id: "u2" });
    expect(u1.user.user_data).toEqual({ id: "u1" });
    const got2: unknown[] = [];
    u2.user.bind("notice", (d: unknown) => got2.push(d));
    const got1 = waitFor<unknown>((cb) => u1.user.bind("notice", cb), "notice for u1");
    await local.sdk.sendToUser("u1", "notice", { hi: 1 });
    expect(await got1).toEqual({ hi: 1 });
    const sentinel = waitFor<unknown>((cb) => u2.user.bind("notice", cb), "notice for u2");
    await local.sdk.sendToUser("u2", "notice", { hi: 2 });
    await sentinel;
    expect(got2).toEqual([{ hi: 2 }]);
  });

  it("raw: signin_success echoes user_data; #server-to-user of someone else is refused", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:subscribe", data: { channel: "#server-to-user-u1", auth: "" } });
    expect((await raw.nextEvent("pusher:subscription_error")).data).toMatchObject({ status: 401 }); // not signed in yet

    const auth = local.sdk.authenticateUser(socketId, { id: "u1" });
    raw.send({ event: "pusher:signin", data: auth });
    const ok = await raw.nextEvent("pusher:signin_success");
    expect(ok.data).toEqual({ user_data: auth.user_data });

    raw.send({ event: "pusher:subscribe", data: { channel: "#server-to-user-u2", auth: "" } });
    expect((await raw.nextEvent("pusher:subscription_error")).channel).toBe("#server-to-user-u2");
    raw.send({ event: "pusher:subscribe", data: { channel: "#server-to-user-u1", auth: "" } });
    expect((await raw.nextEvent("pusher_internal:subscription_succeeded")).channel).toBe("#server-to-user-u1");
  });

  it.each([
    ["a forged signature", (socketId: string, sdk: Pusher) => ({ ...sdk.authenticateUser(socketId, { id: "u1" }), auth: `${APP.key}:${"f".repeat(64)}` })],
    ["another socket's signature", (_s: string, sdk: Pusher) => sdk.authenticateUser("1.2", { id: "u1" })],
    ["an empty id", (socketId: string) => {
      const userData = JSON.stringify({ id: "" }); // the SDK refuses to sign this, so sign by hand
      const sig = createHmac("sha256", APP.secret).update(`${socketId}::user::${userData}`).digest("hex");
      return { auth: `${APP.key}:${sig}`, user_data: userData };
    }],
    ["a malformed payload", () => ({ auth: 1 })],
  ])("refuses %s with pusher:error 4009 and close 4009", async (_label, makeAuth) => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:signin", data: makeAuth(socketId, local.sdk) });
    const err = await raw.nextEvent("pusher:error");
    expect((err.data as { code: number }).code).toBe(4009);
    expect(await raw.closed()).toBe(4009);
  });

  it("refuses a second, different user on the same connection", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:signin", data: local.sdk.authenticateUser(socketId, { id: "u1" }) });
    await raw.nextEvent("pusher:signin_success");
    raw.send({ event: "pusher:signin", data: local.sdk.authenticateUser(socketId, { id: "u2" }) });
    expect((await raw.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
  });

  it("presence without channel_data uses the signed-in user", async () => {
    const client = await pool.connected({ user: { id: "signed", user_info: { role: "staff" } }, presence: null });
    client.signin();
    const channel = client.subscribe("presence-signed") as PresenceChannel;
    const members = await waitFor<PresenceChannel["members"]>((cb) => channel.bind("pusher:subscription_succeeded", cb), "presence via signin");
    expect(members.me).toMatchObject({ id: "signed", info: { role: "staff" } });
    expect(members.count).toBe(1);
  });
});

describe("terminate user connections", () => {
  it("closes every signed-in connection of that user with 4009 and leaves others alone", async () => {
    const a1 = await signedIn({ id: "victim" });
    const a2 = await signedIn({ id: "victim" });
    const other = await signedIn({ id: "bystander" });
    // presence-only membership with the same id is not a signed-in connection
    const presenceOnly = await pool.connected({ presence: { user_id: "victim" } });
    const ch = presenceOnly.subscribe("presence-term");
    await waitFor((cb) => ch.bind("pusher:subscription_succeeded", cb), "presence-only joined");

    const codes: unknown[] = [];
    a1.connection.bind("error", (e: unknown) => codes.push(e));
    const res = await local.sdk.terminateUserConnections("victim");
    expect(await res.json()).toEqual({});
    await Promise.all([waitForState(a1, "disconnected"), waitForState(a2, "disconnected")]);
    expect(JSON.stringify(codes)).toContain("4009");
    expect(other.connection.state).toBe("connected");
    expect(presenceOnly.connection.state).toBe("connected");
    // and they stay down: pusher-js does not reconnect after 4009
    await local.sdk.trigger("presence-term", "after", {}); // a round trip's worth of time for a (wrong) reconnect to begin
    expect(a1.connection.state).toBe("disconnected");
  });

  it("server.terminateUser does the same from the host process", async () => {
    const raw = await pool.raw();
    const socketId = await raw.socketId();
    raw.send({ event: "pusher:signin", data: local.sdk.authenticateUser(socketId, { id: "local" }) });
    await raw.nextEvent("pusher:signin_success");
    local.server.terminateUser("local");
    expect((await raw.nextEvent("pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await raw.closed()).toBe(4009);
  });
});
