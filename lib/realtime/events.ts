import { z } from "zod";

// The event catalogue shared by server and client. Every delivered event also carries
// `event_id` (unique, for dedupe) and `created_at` (ISO time, for ordering), added by the dispatcher.

const bookingRef = z.object({ booking_id: z.string() }); // public booking reference, as in the seed

export const eventSchemas = {
  // private-guest-booking.{ref}
  "booking.checked_in": bookingRef.extend({ checked_in_at: z.string(), room_number: z.string().nullable() }),
  "booking.room_assigned": bookingRef.extend({ room_number: z.string().nullable() }),
  "booking.checked_out": bookingRef.extend({ checked_out_at: z.string() }),
  "booking.updated": bookingRef.extend({ fields: z.array(z.string()) }),
  // No reason: staff notes are not for the guest's eyes.
  "booking.link_revoked": bookingRef.extend({ link_id: z.string() }),
  // private-{hotel}.staff-bookings
  "staff.booking_changed": bookingRef.extend({ change: z.string() }),
  // private-room-service.{ref} (the guest) and private-{hotel}.staff-orders (queue and kitchen):
  // ids and statuses only; clients refetch the order. Breakfast orders use the same events.
  "order.created": bookingRef.extend({ order_id: z.string(), type: z.enum(["ROOM_SERVICE", "BREAKFAST"]), status: z.string() }),
  "order.status_changed": bookingRef.extend({ order_id: z.string(), type: z.enum(["ROOM_SERVICE", "BREAKFAST"]), status: z.string(), previous_status: z.string() }),
  "order.updated": bookingRef.extend({ order_id: z.string(), type: z.enum(["ROOM_SERVICE", "BREAKFAST"]) }),
  // hotel-menu.{hotel} (public): clients refetch the menu; no prices or guest data in the event.
  "menu.changed": z.object({ hotel: z.string(), change: z.string(), item_id: z.string().nullable(), menus: z.array(z.enum(["room_service", "breakfast"])) }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

/** Builds an outbox entry with a payload checked against the catalogue at the source. */
export function event<N extends EventName>(name: N, channels: string[], payload: EventPayload<N>) {
  return { name, channels, payload: eventSchemas[name].parse(payload) as Record<string, unknown> };
}
