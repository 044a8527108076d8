// The only place channel names are built or parsed. Guest channels follow the seed contract.

export const GUEST_CHANNEL_PREFIXES = {
  booking: "private-guest-booking.",
  chat: "private-guest-chat.",
  roomService: "private-room-service.",
} as const;

export type GuestChannelKind = keyof typeof GUEST_CHANNEL_PREFIXES;

// Booking references: letters, digits and dashes only (e.g. BK-2026-0042).
export const BOOKING_REF_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

export const guestBookingChannel = (bookingRef: string) => `${GUEST_CHANNEL_PREFIXES.booking}${bookingRef}`;
export const guestChatChannel = (bookingRef: string) => `${GUEST_CHANNEL_PREFIXES.chat}${bookingRef}`;
export const roomServiceChannel = (bookingRef: string) => `${GUEST_CHANNEL_PREFIXES.roomService}${bookingRef}`;

// Staff channels are private/presence: they carry guest names, rooms, orders and messages.
// The seed names the chat stream `{hotel}.staff-chat`; we keep that suffix behind `private-`.
export const staffChatChannel = (hotelSlug: string) => `private-${hotelSlug}.staff-chat`;
export const staffOrdersChannel = (hotelSlug: string) => `private-${hotelSlug}.staff-orders`;
export const staffBookingsChannel = (hotelSlug: string) => `private-${hotelSlug}.staff-bookings`;
export const staffRequestsChannel = (hotelSlug: string) => `private-${hotelSlug}.staff-requests`;
export const staffPresenceChannel = (hotelSlug: string) => `presence-${hotelSlug}.staff`;

// Public on purpose (no auth call): it only says "the menu changed", never anything about a guest.
export const menuChannel = (hotelSlug: string) => `hotel-menu.${hotelSlug}`;

/** Parses a guest channel name strictly; anything with extra characters or case tricks is null. */
export function parseGuestChannel(channel: string): { kind: GuestChannelKind; bookingRef: string } | null {
  for (const [kind, prefix] of Object.entries(GUEST_CHANNEL_PREFIXES) as [GuestChannelKind, string][]) {
    if (!channel.startsWith(prefix)) continue;
    const ref = channel.slice(prefix.length);
    return BOOKING_REF_PATTERN.test(ref) ? { kind, bookingRef: ref } : null;
  }
  return null;
}

export type StaffChannelKind = "chat" | "orders" | "bookings" | "requests" | "presence";
const STAFF_PRIVATE = /^private-([a-z0-9][a-z0-9-]{0,62})\.staff-(chat|orders|bookings|requests)$/;
const STAFF_PRESENCE = /^presence-([a-z0-9][a-z0-9-]{0,62})\.staff$/;

/** Parses a staff channel name strictly; null for anything else. */
export function parseStaffChannel(channel: string): { kind: StaffChannelKind; hotelSlug: string } | null {
  const p = STAFF_PRIVATE.exec(channel);
  if (p) return { kind: p[2] as StaffChannelKind, hotelSlug: p[1]! };
  const q = STAFF_PRESENCE.exec(channel);
  if (q) return { kind: "presence", hotelSlug: q[1]! };
  return null;
}

export const isGuestChannelName = (channel: string) => Object.values(GUEST_CHANNEL_PREFIXES).some((p) => channel.startsWith(p));

/** User ids for Pusher user authentication (signin) and presence. */
export const guestUserId = (bookingRef: string) => `guest-${bookingRef}`;
export const staffUserId = (staffId: string) => `staff-${staffId}`;
