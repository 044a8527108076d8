import { guestUserId, isGuestChannelName, parseGuestChannel } from "@/lib/realtime/channels";

/**
 * Which user a channel belongs to, on top of its signature. `null`: the channel is not bound to a
 * user (the signature alone decides); `{ owner: null }`: nobody may have it. A socket signed in as
 * another user is refused the channel; a socket not signed in is bound to the owner by its first
 * valid subscription (see Connection.onSubscribe), so a client that never signs in (the plan's own
 * GuestSession) is still ended when its guest is.
 */
export type ChannelBinding = (channel: string) => { owner: string | null } | null;

/**
 * This app's rule: a guest channel belongs to `guest-{ref}` of that booking and nobody else (staff
 * never get guest-channel signatures either).
 */
export const hotelChannelBinding: ChannelBinding = (channel) => {
  if (!isGuestChannelName(channel)) return null;
  const parsed = parseGuestChannel(channel);
  return { owner: parsed ? guestUserId(parsed.bookingRef) : null };
};
