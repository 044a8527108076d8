import { guestUserId, isGuestChannelName, parseGuestChannel } from "@/lib/realtime/channels";

/**
 * Which signed-in users may subscribe to a channel, on top of its signature. `null`: the channel
 * is not bound to a user (the signature alone decides). A bound channel asked for before signin
 * is held until the connection signs in, because pusher-js sends subscribe and signin in either order.
 */
export type ChannelBinding = (channel: string) => ((userId: string) => boolean) | null;

const nobody = () => false;

/**
 * This app's rule: a guest channel belongs to `guest-{ref}` of that booking and nobody else (staff
 * never get guest-channel signatures either). A signature fetched before a link was revoked is
 * then useless on a socket that has not signed in, and signin is what revocation terminates.
 */
export const hotelChannelBinding: ChannelBinding = (channel) => {
  if (!isGuestChannelName(channel)) return null;
  const parsed = parseGuestChannel(channel);
  if (!parsed) return nobody;
  const owner = guestUserId(parsed.bookingRef);
  return (userId) => userId === owner;
};
