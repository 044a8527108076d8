import { randomBytes } from "node:crypto";
import PusherJS from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/bookings/actor";
import { checkOut } from "@/lib/bookings/check-out";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { changeStaffRole, deactivateStaff } from "@/lib/staff/manage-staff";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { authenticateUser, authorizeChannel, type RealtimeCaller } from "@/lib/access/channel-access";
import { guestBookingChannel, guestChatChannel, roomServiceChannel, staffBookingsChannel } from "./channels";
import { kickOutbox } from "./dispatcher";
import { APP, pusherJsOptions, waitForState, waitUntil } from "@/lib/testing/local-pusher";
import type { LocalPusherServer } from "./local-server/server";
import { startAppPusher } from "@/lib/testing/realtime-env";

// The table of side effects, end to end: a change commits, the dispatcher delivers its event and
// ends the user's connections. Clients are pusher-js, signed in and authorised by the app's own
// channel-auth functions (what the HTTP endpoints call), against the local Pusher server.

describe("side effects after delivery", () => {
  let server: LocalPusherServer;
  const clients: PusherJS[] = [];

  beforeAll(async () => {
    server = await startAppPusher();
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server.close();
  });

  /** A pusher-js client as the browser runs it: signs in, then subscribes through channel auth. */
  async function signedIn(caller: RealtimeCaller, channels: string[]) {
    let closeCode: number | null = null;
    const client = new PusherJS(APP.key, {
      ...pusherJsOptions(server),
      channelAuthorization: {
        customHandler: (p, cb) => void authorizeChannel(caller, { socketId: p.socketId, channel: p.channelName }).then((a) => cb(null, a), (e: Error) => cb(e, null)),
      },
      userAuthentication: {
        customHandler: (p, cb) => void authenticateUser(caller, { socketId: p.socketId }).then((a) => cb(null, a), (e: Error) => cb(e, null)),
      },
    });
    clients.push(client);
    client.connection.bind("error", (e: { data?: { code?: number } }) => (closeCode = e?.data?.code ?? closeCode));
    await waitForState(client, "connected");
    client.signin();
    await waitUntil(() => (client.user.serverToUserChannel?.subscribed ? true : undefined), "signed in");
    for (const name of channels) {
      const ch = client.subscribe(name);
      await waitUntil(() => (ch.subscribed ? true : undefined), `subscribed to ${name}`);
    }
    return { client, closeCode: () => closeCode };
  }

  async function staffOf(hotel: { id: string }, role: "ADMIN" | "FRONT_DESK") {
    return createStaff(getDb(), { email: `s-${randomBytes(4).toString("hex")}@example.com`, name: `Staff ${role}`, password: "long-enough-password", memberships: [{ hotelId: hotel.id, role }] });
  }

  it("check-out ends the guest's live connections; on reconnecting, chat and room service are refused", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel, "in_house");
    const link = await testLink(hotel, booking);
    const caller: RealtimeCaller = { guestToken: link.raw, staffId: null };
    const ref = booking.reference;
    const guest = await signedIn(caller, [guestBookingChannel(ref), guestChatChannel(ref), roomServiceChannel(ref)]);

    const actor: StaffActor = { staffId: null, hotel };
    await checkOut(actor, ref);
    await kickOutbox();
    await waitUntil(() => (guest.client.connection.state === "disconnected" ? true : undefined), "guest connection ended by the server");
    expect(guest.closeCode()).toBe(4009);

    // The link is still valid for the status page, so the client may come back for that alone.
    await expect(authorizeChannel(caller, { socketId: "1.1", channel: guestBookingChannel(ref) })).resolves.toHaveProperty("auth");
    await expect(authorizeChannel(caller, { socketId: "1.1", channel: guestChatChannel(ref) })).rejects.toMatchObject({ code: "MISSING_SCOPE" });
    await expect(authorizeChannel(caller, { socketId: "1.1", channel: roomServiceChannel(ref) })).rejects.toMatchObject({ code: "MISSING_SCOPE" });
  });

  it("deactivating a staff member, or changing their role, ends their live connections", async () => {
    const hotel = await testHotel();
    const admin = await staffOf(hotel, "ADMIN");
    const actor = { staffId: admin.id, hotelId: hotel.id };

    const moved = await staffOf(hotel, "FRONT_DESK");
    const movedConn = await signedIn({ guestToken: null, staffId: moved.id }, [staffBookingsChannel(hotel.slug)]);
    await changeStaffRole(actor, moved.id, "KITCHEN");
    await kickOutbox();
    await waitUntil(() => (movedConn.client.connection.state === "disconnected" ? true : undefined), "role change ended the connection");
    // As KITCHEN they may no longer listen to bookings.
    await expect(authorizeChannel({ guestToken: null, staffId: moved.id }, { socketId: "1.1", channel: staffBookingsChannel(hotel.slug) })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const leaver = await staffOf(hotel, "FRONT_DESK");
    const bystander = await staffOf(hotel, "FRONT_DESK");
    const leaverConn = await signedIn({ guestToken: null, staffId: leaver.id }, [staffBookingsChannel(hotel.slug)]);
    const bystanderConn = await signedIn({ guestToken: null, staffId: bystander.id }, [staffBookingsChannel(hotel.slug)]);
    await deactivateStaff(actor, leaver.id);
    await kickOutbox();
    await waitUntil(() => (leaverConn.client.connection.state === "disconnected" ? true : undefined), "deactivation ended the connection");
    expect(leaverConn.closeCode()).toBe(4009);
    await expect(authenticateUser({ guestToken: null, staffId: leaver.id }, { socketId: "1.1" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(bystanderConn.client.connection.state).toBe("connected");
  });
});
