import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { StaffRole } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { revokeToken } from "@/lib/tokens/revoke";
import { authenticateUser, authorizeChannel, channelAuthSchema } from "./channel-access";
import { APP } from "@/lib/testing/local-pusher";
import { pointPusherEnv } from "@/lib/testing/realtime-env";

const SOCKET = "1234.5678";
const sign = (s: string) => `${APP.key}:${createHmac("sha256", APP.secret).update(s).digest("hex")}`;

describe("channel authorization", () => {
  let hotel: Awaited<ReturnType<typeof testHotel>>;
  let otherHotel: Awaited<ReturnType<typeof testHotel>>;
  let ref: string;
  let otherRef: string;
  let full: string;
  let statusOnly: string;
  let noChat: string;
  let staff: { frontDesk: string; kitchen: string; otherDesk: string; housekeeping: string; manager: string; otherHousekeeping: string };

  beforeAll(async () => {
    pointPusherEnv();
    hotel = await testHotel();
    otherHotel = await testHotel("Other");
    const booking = await testBooking(hotel);
    const other = await testBooking(hotel, "upcoming");
    ref = booking.reference;
    otherRef = other.reference;
    full = (await testLink(hotel, booking)).raw;
    statusOnly = (await testLink(hotel, booking, { purpose: "STATUS" })).raw;
    noChat = (await testLink(hotel, booking, { canChat: false, canOrderServices: false })).raw;
    const mk = async (role: StaffRole, h: { id: string }) =>
      (await createStaff(getDb(), { email: `${role}-${Math.random().toString(36).slice(2)}@t.example`, name: role, password: "pw-123456789", memberships: [{ hotelId: h.id, role }] })).id;
    staff = {
      frontDesk: await mk("FRONT_DESK", hotel),
      kitchen: await mk("KITCHEN", hotel),
      otherDesk: await mk("FRONT_DESK", otherHotel),
      housekeeping: await mk("HOUSEKEEPING", hotel),
      manager: await mk("MANAGER", hotel),
      otherHousekeeping: await mk("HOUSEKEEPING", otherHotel),
    };
  });

  const guest = (token: string | null) => ({ guestToken: token, staffId: null });
  const asStaff = (id: string) => ({ guestToken: null, staffId: id });

  it("signs a guest's own booking channels with a valid Pusher signature and the seed's identity", async () => {
    for (const prefix of ["private-guest-booking.", "private-guest-chat.", "private-room-service."]) {
      const channel = `${prefix}${ref}`;
      const res = await authorizeChannel(guest(full), { socketId: SOCKET, channel });
      expect(res.auth).toBe(sign(`${SOCKET}:${channel}`));
      expect(JSON.parse(res.channel_data!)).toEqual({
        user_id: `guest-${ref}`,
        user_info: { type: "guest", booking_id: ref, hotel: hotel.slug, permissions: { can_chat: true, can_order_services: true } },
      });
    }
  });

  it("refuses channel names with tricks and other bookings", async () => {
    const tricky = [
      `private-guest-chat.${ref};x`,
      `private-guest-chat.${ref}.extra`,
      `private-guest-chat..${ref}`,
      `private-guest-chat.${ref.toLowerCase()}`,
      `PRIVATE-GUEST-CHAT.${ref}`,
      `private-guest-chat.${ref} `,
      `private-guest-chat.`,
      `presence-guest-chat.${ref}`,
      `private-guest-other.${ref}`,
      `public-${ref}`,
    ];
    for (const channel of tricky) {
      await expect(authorizeChannel(guest(full), { socketId: SOCKET, channel }), channel).rejects.toMatchObject({ status: 403 });
    }
    await expect(authorizeChannel(guest(full), { socketId: SOCKET, channel: `private-guest-booking.${otherRef}` })).rejects.toMatchObject({ code: "INVALID_TOKEN", status: 403 });
  });

  it("needs the chat scope and flag for chat, the ordering scope and flag for room service", async () => {
    await expect(authorizeChannel(guest(statusOnly), { socketId: SOCKET, channel: `private-guest-chat.${ref}` })).rejects.toMatchObject({ code: "MISSING_SCOPE", message: "Chat access disabled" });
    await expect(authorizeChannel(guest(noChat), { socketId: SOCKET, channel: `private-guest-chat.${ref}` })).rejects.toMatchObject({ code: "MISSING_SCOPE", message: "Chat access disabled" });
    await expect(authorizeChannel(guest(noChat), { socketId: SOCKET, channel: `private-room-service.${ref}` })).rejects.toMatchObject({ code: "MISSING_SCOPE", message: "Room service access disabled" });
    expect((await authorizeChannel(guest(statusOnly), { socketId: SOCKET, channel: `private-guest-booking.${ref}` })).auth).toBeTruthy();
  });

  it("ends chat and room-service channels at check-out but keeps the booking channel", async () => {
    const departed = await testBooking(hotel, "departed");
    const { raw } = await testLink(hotel, departed);
    const r = departed.reference;
    expect((await authorizeChannel(guest(raw), { socketId: SOCKET, channel: `private-guest-booking.${r}` })).auth).toBeTruthy();
    await expect(authorizeChannel(guest(raw), { socketId: SOCKET, channel: `private-guest-chat.${r}` })).rejects.toMatchObject({ code: "MISSING_SCOPE", message: "Chat access disabled" });
    await expect(authorizeChannel(guest(raw), { socketId: SOCKET, channel: `private-room-service.${r}` })).rejects.toMatchObject({ code: "MISSING_SCOPE", message: "Room service access disabled" });
  });

  it("refuses missing, unknown and revoked tokens", async () => {
    const channel = `private-guest-booking.${ref}`;
    await expect(authorizeChannel(guest(null), { socketId: SOCKET, channel })).rejects.toMatchObject({ code: "TOKEN_REQUIRED", status: 401 });
    await expect(authorizeChannel(guest("B".repeat(43)), { socketId: SOCKET, channel })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    const b = await testBooking(hotel);
    const link = await testLink(hotel, b);
    const own = `private-guest-booking.${b.reference}`;
    expect((await authorizeChannel(guest(link.raw), { socketId: SOCKET, channel: own })).auth).toBeTruthy();
    await revokeToken({ hotelId: hotel.id, tokenId: link.token.id });
    await expect(authorizeChannel(guest(link.raw), { socketId: SOCKET, channel: own })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await expect(authenticateUser(guest(link.raw), { socketId: SOCKET })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("gives staff only their own hotel's staff channels, by role", async () => {
    const s = hotel.slug;
    const ok = async (id: string, channel: string) => (await authorizeChannel(asStaff(id), { socketId: SOCKET, channel })).auth;
    expect(await ok(staff.frontDesk, `private-${s}.staff-chat`)).toBe(sign(`${SOCKET}:private-${s}.staff-chat`));
    expect(await ok(staff.kitchen, `private-${s}.staff-orders`)).toBeTruthy();
    await expect(ok(staff.kitchen, `private-${s}.staff-chat`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ok(staff.kitchen, `private-${s}.staff-bookings`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ok(staff.otherDesk, `private-${s}.staff-chat`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ok(staff.frontDesk, `private-guest-chat.${ref}`)).rejects.toMatchObject({ status: 403 });
    // The seed's public staff channel name is not served: staff streams are private.
    await expect(ok(staff.frontDesk, `${s}.staff-chat`)).rejects.toMatchObject({ code: "INVALID_CHANNEL" });
    // A guest token never opens staff channels.
    await expect(authorizeChannel(guest(full), { socketId: SOCKET, channel: `private-${s}.staff-chat` })).rejects.toMatchObject({ status: 403 });

    const presence = await authorizeChannel(asStaff(staff.kitchen), { socketId: SOCKET, channel: `presence-${s}.staff` });
    const data = JSON.parse(presence.channel_data!);
    expect(data).toMatchObject({ user_id: `staff-${staff.kitchen}`, user_info: { role: "KITCHEN" } });
    expect(presence.auth).toBe(sign(`${SOCKET}:presence-${s}.staff:${presence.channel_data}`));
  });

  it("gives housekeeping its request queue and who is on shift, never chat, orders or bookings; a manager no live stream", async () => {
    const s = hotel.slug;
    const auth = (id: string, channel: string) => authorizeChannel(asStaff(id), { socketId: SOCKET, channel });
    expect((await auth(staff.housekeeping, `private-${s}.staff-requests`)).auth).toBe(sign(`${SOCKET}:private-${s}.staff-requests`));
    const presence = await auth(staff.housekeeping, `presence-${s}.staff`);
    expect(JSON.parse(presence.channel_data!)).toMatchObject({ user_id: `staff-${staff.housekeeping}`, user_info: { role: "HOUSEKEEPING" } });
    for (const kind of ["chat", "orders", "bookings"]) {
      await expect(auth(staff.housekeeping, `private-${s}.staff-${kind}`), kind).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    // Another hotel's housekeeping gets nothing of this hotel, its requests included.
    await expect(auth(staff.otherHousekeeping, `private-${s}.staff-requests`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The desk and admins hear requests too; the kitchen does not.
    expect((await auth(staff.frontDesk, `private-${s}.staff-requests`)).auth).toBeTruthy();
    await expect(auth(staff.kitchen, `private-${s}.staff-requests`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const channel of ["chat", "orders", "bookings", "requests"].map((k) => `private-${s}.staff-${k}`).concat(`presence-${s}.staff`)) {
      await expect(auth(staff.manager, channel), channel).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    // A housekeeping session is no guest: guest channels stay closed to it.
    await expect(auth(staff.housekeeping, `private-room-service.${ref}`)).rejects.toMatchObject({ status: 403 });
  });

  it("validates socket ids strictly", () => {
    for (const socket_id of ["", "1234", "12.34.56", "abc.def", "1234.5678 ", "-1.2"]) {
      expect(channelAuthSchema.safeParse({ socket_id, channel_name: "private-x" }).success, socket_id).toBe(false);
    }
    expect(channelAuthSchema.safeParse({ socket_id: "1.2", channel_name: "" }).success).toBe(false);
  });

  it("signs in guests as the seed's user id and staff as themselves", async () => {
    const g = await authenticateUser(guest(full), { socketId: SOCKET });
    expect(JSON.parse(g.user_data).id).toBe(`guest-${ref}`);
    expect(g.auth).toBe(sign(`${SOCKET}::user::${g.user_data}`));
    const s = await authenticateUser(asStaff(staff.frontDesk), { socketId: SOCKET });
    expect(JSON.parse(s.user_data).id).toBe(`staff-${staff.frontDesk}`);
  });

  it("signs the link's effective permissions: scopes, flags and stay state, never the raw flags", async () => {
    const permissionsOf = async (token: string) => {
      const user = JSON.parse((await authenticateUser(guest(token), { socketId: SOCKET })).user_data);
      const channel = JSON.parse((await authorizeChannel(guest(token), { socketId: SOCKET, channel: `private-guest-booking.${user.user_info.booking_id}` })).channel_data!);
      expect(channel.user_info.permissions).toEqual(user.user_info.permissions);
      return user.user_info.permissions;
    };
    expect(await permissionsOf(full)).toEqual({ can_chat: true, can_order_services: true });
    // A STATUS link is stored with both flags on; it still may neither chat nor order.
    expect(await permissionsOf(statusOnly)).toEqual({ can_chat: false, can_order_services: false });
    expect(await permissionsOf(noChat)).toEqual({ can_chat: false, can_order_services: false });
    expect(await permissionsOf((await testLink(hotel, await testBooking(hotel), { purpose: "CHAT" })).raw)).toEqual({ can_chat: true, can_order_services: false });
    const departed = await testBooking(hotel, "departed");
    expect(await permissionsOf((await testLink(hotel, departed)).raw)).toEqual({ can_chat: false, can_order_services: false });
  });

  it("signs in as the identity the page asks for, whatever else the browser holds", async () => {
    const both = { guestToken: full, staffId: staff.frontDesk };
    // Without an identity (the seed's clients) the guest token comes first, as before.
    expect(JSON.parse((await authenticateUser(both, { socketId: SOCKET })).user_data).id).toBe(`guest-${ref}`);
    expect(JSON.parse((await authenticateUser({ ...both, identity: "staff" }, { socketId: SOCKET })).user_data).id).toBe(`staff-${staff.frontDesk}`);
    expect(JSON.parse((await authenticateUser({ ...both, identity: "guest" }, { socketId: SOCKET })).user_data).id).toBe(`guest-${ref}`);
    // Asking for one identity never falls back on the other.
    await expect(authenticateUser({ guestToken: full, staffId: null, identity: "staff" }, { socketId: SOCKET })).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    await expect(authenticateUser({ guestToken: null, staffId: staff.frontDesk, identity: "guest" }, { socketId: SOCKET })).rejects.toMatchObject({ code: "TOKEN_REQUIRED", status: 401 });
    await expect(authorizeChannel({ ...both, identity: "staff" }, { socketId: SOCKET, channel: `private-guest-booking.${ref}` })).rejects.toMatchObject({ code: "INVALID_CHANNEL" });
    await expect(authorizeChannel({ ...both, identity: "guest" }, { socketId: SOCKET, channel: `private-${hotel.slug}.staff-chat` })).rejects.toMatchObject({ code: "INVALID_CHANNEL" });
    expect((await authorizeChannel({ ...both, identity: "staff" }, { socketId: SOCKET, channel: `private-${hotel.slug}.staff-chat` })).auth).toBeTruthy();
  });
});
