import "server-only";
import { guestBookingChannel, roomServiceChannel } from "./channels";
import { getPusher } from "./pusher-server";

/**
 * Whether a portal page that shows this booking's orders is open: /stay and /stay/orders
 * subscribe to these channels. False without Pusher (nobody can be watching live); null when
 * Pusher does not answer, so the caller decides later rather than guess.
 */
export async function guestWatchingOrders(bookingRef: string): Promise<boolean | null> {
  const pusher = getPusher();
  if (!pusher) return false;
  try {
    for (const channel of [roomServiceChannel(bookingRef), guestBookingChannel(bookingRef)]) {
      const res = await pusher.get({ path: `/channels/${channel}` });
      if (!res.ok) return null;
      if (((await res.json()) as { occupied?: unknown }).occupied === true) return true;
    }
    return false;
  } catch {
    return null;
  }
}
