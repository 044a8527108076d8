import type { Order } from "@/lib/db/schema";
import { roomServiceChannel, staffOrdersChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";
import { isRecall } from "./guest-status";

// The guest's room-service channel and the hotel's staff-orders channel get the same small events
// (ids and statuses, never a token); clients refetch the order.

const channelsFor = (bookingRef: string, hotelSlug: string) => [roomServiceChannel(bookingRef), staffOrdersChannel(hotelSlug)];

export function orderCreated(o: Pick<Order, "id" | "type" | "status">, where: { bookingRef: string; hotelSlug: string }) {
  return event("order.created", channelsFor(where.bookingRef, where.hotelSlug), { booking_id: where.bookingRef, order_id: o.id, type: o.type, status: o.status });
}

/**
 * A move back (a kitchen recall) is the kitchen's business: it goes to the staff channel only, so
 * the guest's channel never shows an order stepping back (their view keeps the furthest status).
 */
export function orderStatusChanged(o: Pick<Order, "id" | "type" | "status">, previous: Order["status"], where: { bookingRef: string; hotelSlug: string }) {
  const channels = isRecall(previous, o.status) ? [staffOrdersChannel(where.hotelSlug)] : channelsFor(where.bookingRef, where.hotelSlug);
  return event("order.status_changed", channels, { booking_id: where.bookingRef, order_id: o.id, type: o.type, status: o.status, previous_status: previous });
}

export function orderUpdated(o: Pick<Order, "id" | "type">, where: { bookingRef: string; hotelSlug: string }) {
  return event("order.updated", channelsFor(where.bookingRef, where.hotelSlug), { booking_id: where.bookingRef, order_id: o.id, type: o.type });
}
