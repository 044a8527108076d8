import { guestBookingChannel, staffBookingsChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";

/** The staff-side announcement that accompanies every booking change. */
export function staffBookingChanged(hotelSlug: string, reference: string, change: string) {
  return event("staff.booking_changed", [staffBookingsChannel(hotelSlug)], { booking_id: reference, change });
}

export const guestChannel = (reference: string) => [guestBookingChannel(reference)];
