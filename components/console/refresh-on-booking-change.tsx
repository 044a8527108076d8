"use client";

import { staffBookingsChannel } from "@/lib/realtime/channels";
import { RefreshOnEvents } from "./refresh-on-events";

const BOOKING_EVENTS = ["staff.booking_changed"] as const;

/**
 * Re-renders the current console page from the server when a booking changes (a guest's
 * pre-check-in, a colleague's check-in) and after a reconnect. With `reference`, only that
 * booking's changes count. For front desk and admin only: kitchen staff may not subscribe to
 * booking changes.
 */
export function RefreshOnBookingChange({ hotelSlug, reference }: { hotelSlug: string; reference?: string }) {
  return <RefreshOnEvents channel={staffBookingsChannel(hotelSlug)} events={BOOKING_EVENTS} bookingRef={reference} />;
}
