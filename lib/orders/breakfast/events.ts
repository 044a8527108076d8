import type { Order } from "@/lib/db/schema";
import { roomServiceChannel, staffOrdersChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";

// Breakfast orders announce themselves like room service: the guest's room-service channel and
// the hotel's order queue, ids and statuses only (clients refetch).

const channels = (bookingRef: string, hotelSlug: string) => [roomServiceChannel(bookingRef), staffOrdersChannel(hotelSlug)];

export const breakfastCreated = (o: Order, bookingRef: string, hotelSlug: string) =>
  event("order.created", channels(bookingRef, hotelSlug), { booking_id: bookingRef, order_id: o.id, type: "BREAKFAST", status: o.status });

export const breakfastUpdated = (o: Order, bookingRef: string, hotelSlug: string) =>
  event("order.updated", channels(bookingRef, hotelSlug), { booking_id: bookingRef, order_id: o.id, type: "BREAKFAST" });

export const breakfastStatusChanged = (o: Order, previous: string, bookingRef: string, hotelSlug: string) =>
  event("order.status_changed", channels(bookingRef, hotelSlug), { booking_id: bookingRef, order_id: o.id, type: "BREAKFAST", status: o.status, previous_status: previous });
