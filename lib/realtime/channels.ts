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
export const staffPresenceChannel = (hotelSlug: string) => `presence-${hotelSlug}.staff`;

/** Parses a guest channel name strictly; anything with extra characters or case tricks is null. */
export function parseGuestChannel(channel: string): { kind: GuestChannelKind; bookingRef: string } | null {
  for (const [kind, prefix] of Object.entries(GUEST_CHANNEL_PREFIXES) as [GuestChannelKind, string][]) {
    if (!channel.startsWith(prefix)) continue;
    const ref = channel.slice(prefix.length);
    return BOOKING_REF_PATTERN.test(ref) ? { kind, bookingRef: ref } : null;
  }
  return null;
}
