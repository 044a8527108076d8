import type { Order } from "@/lib/db/schema";
import { roomServiceChannel, staffOrdersChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";

// The guest's room-service channel and the hotel's staff-orders channel get the same small events
// (ids and statuses, never a token); clients refetch the order.

const channelsFor = (bookingRef: string, hotelSlug: string) => [roomServiceChannel(bookingRef), staffOrdersChannel(hotelSlug)];

export function orderCreated(o: Pick<Order, "id" | "type" | "status">, where: { bookingRef: string; hotelSlug: string }) {
  return event("order.created", channelsFor(where.bookingRef, where.hotelSlug), { booking_id: where.bookingRef, order_id: o.id, type: o.type, status: o.status });
}

export function orderStatusChanged(o: Pick<Order, "id" | "type" | "status">, previous: Order["status"], where: { bookingRef: string; hotelSlug: string }) {
  return event("order.status_changed", channelsFor(where.bookingRef, where.hotelSlug), { booking_id: where.bookingRef, order_id: o.id, type: o.type, status: o.status, previous_status: previous });
}

export function orderUpdated(o: Pick<Order, "id" | "type">, where: { bookingRef: string; hotelSlug: string }) {
  return event("order.updated", channelsFor(where.bookingRef, where.hotelSlug), { booking_id: where.bookingRef, order_id: o.id, type: o.type });
}
