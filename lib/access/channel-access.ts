import { z } from "zod";
import { AppError } from "@/lib/errors";
import { loadStaffContext } from "@/lib/auth/staff-context";
import { guestUserId, isGuestChannelName, parseGuestChannel, parseStaffChannel, staffUserId, type GuestChannelKind } from "@/lib/realtime/channels";
import { getPusher } from "@/lib/realtime/pusher-server";
import { ROLE_CHANNELS } from "@/lib/realtime/staff-channel-roles";
import { MISSING_SCOPE_MESSAGE, type Scope } from "@/lib/tokens/scopes";
import { requireGuestAccess } from "@/lib/tokens/require-access";
import type { GuestAccess } from "@/lib/tokens/validate";
import { guestPermissions } from "./guest-permissions";

// Who may listen where. Guests: only their own booking's three channels, within their link's
// scopes. Staff: only their hotel's staff channels, by role. Everything else is refused.
// An access rule over tokens, staff and realtime, so it sits above all three: lib/tokens
// records realtime events, and lib/realtime imports neither tokens nor auth.

export const channelAuthSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "socket_id must look like 123.456"),
  channel_name: z.string().min(1).max(200),
});
export const userAuthSchema = z.object({ socket_id: z.string().regex(/^\d+\.\d+$/, "socket_id must look like 123.456") });

/** Which identity the asking page wants; a console page asks for staff, the portal for guest. */
export const realtimeIdentitySchema = z.enum(["guest", "staff"]);
export type RealtimeIdentity = z.infer<typeof realtimeIdentitySchema>;

export type RealtimeCaller = {
  guestToken: string | null;
  staffId: string | null;
  /** Set when the page said who it is: then only that identity is considered (see authenticateUser). */
  identity?: RealtimeIdentity;
  meta?: { ip?: string | null; userAgent?: string | null };
};

const CHANNEL_SCOPE: Record<GuestChannelKind, Scope> = { booking: "view", chat: "chat", roomService: "order" };
const CHANNEL_PERMISSION = { chat: "can_chat", roomService: "can_order_services" } as const;

/** The credentials that count: only the page's stated identity, or both when it did not say. */
function narrow(caller: RealtimeCaller): RealtimeCaller {
  if (caller.identity === "staff") return { ...caller, guestToken: null };
  if (caller.identity === "guest") return { ...caller, staffId: null };
  return caller;
}

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
    permissions: guestPermissions(access),
  };
}

async function guestAccessFor(caller: RealtimeCaller, opts: { bookingRef?: string; scope: Scope }): Promise<GuestAccess> {
  if (!caller.guestToken && caller.staffId) throw new AppError("INVALID_CHANNEL", "Guest channels are for guests");
  return requireGuestAccess(caller.guestToken, { bookingRef: opts.bookingRef, scope: opts.scope, meta: caller.meta });
}

/** Signs a channel subscription for pusher-js, or throws the reason it is refused. */
export async function authorizeChannel(asked: RealtimeCaller, input: { socketId: string; channel: string }): Promise<{ auth: string; channel_data?: string }> {
  const caller = narrow(asked);
  if (isGuestChannelName(input.channel)) {
    const parsed = parseGuestChannel(input.channel);
    if (!parsed) throw new AppError("INVALID_CHANNEL", "Invalid channel for guest token");
    const access = await guestAccessFor(caller, { bookingRef: parsed.bookingRef, scope: CHANNEL_SCOPE[parsed.kind] });
    // Check-out ends chat and ordering at once; the booking channel stays for the status page.
    if (parsed.kind !== "booking" && !guestPermissions(access)[CHANNEL_PERMISSION[parsed.kind]]) {
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

/**
 * Pusher user authentication (pusher:signin): lets the server end a user's connections on revocation.
 * With `identity` the page decides (a staff browser holding a guest cookie is staff on the console);
 * without it (older clients, the seed's) a guest token comes first.
 */
export async function authenticateUser(asked: RealtimeCaller, input: { socketId: string }): Promise<{ auth: string; user_data: string }> {
  const caller = narrow(asked);
  if (caller.identity === "staff") return authenticateStaff(caller, input);
  if (caller.guestToken) {
    const access = await guestAccessFor(caller, { scope: "view" });
    return pusherOrThrow().authenticateUser(input.socketId, { id: guestUserId(access.booking.reference), user_info: guestUserInfo(access) });
  }
  if (caller.staffId) return authenticateStaff(caller, input);
  throw new AppError("TOKEN_REQUIRED", "Guest token required");
}

async function authenticateStaff(caller: RealtimeCaller, input: { socketId: string }) {
  const ctx = caller.staffId ? await loadStaffContext({ staffId: caller.staffId }) : null;
  if (!ctx) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  return pusherOrThrow().authenticateUser(input.socketId, { id: staffUserId(ctx.staff.id), user_info: { name: ctx.staff.name } });
}
