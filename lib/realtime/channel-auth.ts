import { z } from "zod";
import { ROLE_CHANNELS } from "./staff-channel-roles";
import { AppError } from "@/lib/errors";
import { loadStaffContext } from "@/lib/auth/staff-context";
import { MISSING_SCOPE_MESSAGE, type Scope } from "@/lib/tokens/scopes";
import { stayState } from "@/lib/bookings/stay-rules";
import { requireGuestAccess } from "@/lib/tokens/require-access";
import type { GuestAccess } from "@/lib/tokens/validate";
import { guestUserId, isGuestChannelName, parseGuestChannel, parseStaffChannel, staffUserId, type GuestChannelKind } from "./channels";
import { getPusher } from "./pusher-server";

// Who may listen where. Guests: only their own booking's three channels, within their link's
// scopes. Staff: only their hotel's staff channels, by role. Everything else is refused.

export const channelAuthSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "socket_id must look like 123.456"),
  channel_name: z.string().min(1).max(200),
});
export const userAuthSchema = z.object({ socket_id: z.string().regex(/^\d+\.\d+$/, "socket_id must look like 123.456") });

export type RealtimeCaller = {
  guestToken: string | null;
  staffId: string | null;
  meta?: { ip?: string | null; userAgent?: string | null };
};

const CHANNEL_SCOPE: Record<GuestChannelKind, Scope> = { booking: "view", chat: "chat", roomService: "order" };

function pusherOrThrow() {
  const p = getPusher();
  if (!p) throw new AppError("REALTIME_UNAVAILABLE", "Realtime is not configured");
  return p;
}

export function guestUserInfo(access: GuestAccess) {
  return {
    type: "guest",
    booking_id: access.booking.reference,
    hotel: access.hotel.slug,
    permissions: { can_chat: access.token.canChat, can_order_services: access.token.canOrderServices },
  };
}

async function guestAccessFor(caller: RealtimeCaller, opts: { bookingRef?: string; scope: Scope }): Promise<GuestAccess> {
  if (!caller.guestToken && caller.staffId) throw new AppError("INVALID_CHANNEL", "Guest channels are for guests");
  return requireGuestAccess(caller.guestToken, { bookingRef: opts.bookingRef, scope: opts.scope, meta: caller.meta });
}

/** Signs a channel subscription for pusher-js, or throws the reason it is refused. */
export async function authorizeChannel(caller: RealtimeCaller, input: { socketId: string; channel: string }): Promise<{ auth: string; channel_data?: string }> {
  if (isGuestChannelName(input.channel)) {
    const parsed = parseGuestChannel(input.channel);
    if (!parsed) throw new AppError("INVALID_CHANNEL", "Invalid channel for guest token");
    const access = await guestAccessFor(caller, { bookingRef: parsed.bookingRef, scope: CHANNEL_SCOPE[parsed.kind] });
    // Check-out ends chat and ordering at once; the booking channel stays for the status page.
    if (parsed.kind !== "booking" && stayState(access.booking) === "departed") {
      throw new AppError("MISSING_SCOPE", MISSING_SCOPE_MESSAGE[CHANNEL_SCOPE[parsed.kind]]);
    }
    const signed = pusherOrThrow().authorizeChannel(input.socketId, input.channel);
    // The seed's identity for the guest; informational on private channels (not part of the signature).
    return { auth: signed.auth, channel_data: JSON.stringify({ user_id: guestUserId(access.booking.reference), user_info: guestUserInfo(access) }) };
  }

  const staffChannel = parseStaffChannel(input.channel);
  if (!staffChannel) throw new AppError("INVALID_CHANNEL", caller.guestToken && !caller.staffId ? "Invalid channel for guest token" : "Channel not allowed");
  if (!caller.staffId) {
    if (caller.guestToken) throw new AppError("INVALID_CHANNEL", "Invalid channel for guest token");
    throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  }
  const ctx = await loadStaffContext({ staffId: caller.staffId, preferredHotelSlug: staffChannel.hotelSlug });
  if (!ctx) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (ctx.hotel.slug !== staffChannel.hotelSlug) throw new AppError("FORBIDDEN", "Not a channel of your hotel");
  if (!ROLE_CHANNELS[ctx.role].includes(staffChannel.kind)) throw new AppError("FORBIDDEN", "Your role does not allow this channel");
  const pusher = pusherOrThrow();
  if (staffChannel.kind === "presence") {
    return pusher.authorizeChannel(input.socketId, input.channel, { user_id: staffUserId(ctx.staff.id), user_info: { name: ctx.staff.name, role: ctx.role } });
  }
  return pusher.authorizeChannel(input.socketId, input.channel);
}

/** Pusher user authentication (pusher:signin): lets the server end a user's connections on revocation. */
export async function authenticateUser(caller: RealtimeCaller, input: { socketId: string }): Promise<{ auth: string; user_data: string }> {
  if (caller.guestToken) {
    const access = await guestAccessFor(caller, { scope: "view" });
    return pusherOrThrow().authenticateUser(input.socketId, { id: guestUserId(access.booking.reference), user_info: guestUserInfo(access) });
  }
  if (caller.staffId) {
    const ctx = await loadStaffContext({ staffId: caller.staffId });
    if (!ctx) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    return pusherOrThrow().authenticateUser(input.socketId, { id: staffUserId(ctx.staff.id), user_info: { name: ctx.staff.name } });
  }
  throw new AppError("TOKEN_REQUIRED", "Guest token required");
}
