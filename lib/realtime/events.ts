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
  // Guest chat. private-{hotel}.staff-chat: the seed's `guest_message` (message = a preview),
  // replies, reads and status for every open console. private-guest-chat.{ref}: staff replies
  // (preview; `truncated` says to fetch the rest), read marks, status, typing.
  guest_message: z.object({ conversation_id: z.string(), booking_id: z.string(), guest_name: z.string(), message: z.string().max(200), room_number: z.string().nullable(), message_id: z.number(), sent_at: z.string() }),
  "chat.staff_message": bookingRef.extend({ conversation_id: z.string(), message_id: z.number(), sender_name: z.string(), message: z.string().max(200), truncated: z.boolean(), sent_at: z.string() }),
  "chat.read": bookingRef.extend({ conversation_id: z.string(), reader: z.enum(["guest", "staff"]), up_to_message_id: z.number() }),
  "chat.conversation_updated": bookingRef.extend({ conversation_id: z.string(), change: z.enum(["resolved", "reopened", "assigned"]), status: z.enum(["OPEN", "RESOLVED"]), assigned_staff_id: z.string().nullable() }),
  "chat.status_changed": bookingRef.extend({ conversation_id: z.string(), status: z.enum(["OPEN", "RESOLVED"]) }),
  "chat.typing": bookingRef.extend({ conversation_id: z.string(), from: z.enum(["guest", "staff"]), name: z.string().max(80) }),
  // Effect-only (no channel): ends the staff member's live connections (lib/realtime/side-effects.ts).
  "staff.access_changed": z.object({ staff_id: z.string(), hotel_id: z.string(), change: z.enum(["deactivated", "removed", "role_changed"]) }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

// Pusher refuses an event whose data is over 10 KB (and more than 100 channels per event). The
// dispatcher adds event_id and created_at (under 100 bytes); the rest is the payload's budget.
export const MAX_EVENT_DATA_BYTES = 10 * 1024;
const ENVELOPE_BYTES = 128;
export const MAX_PAYLOAD_BYTES = MAX_EVENT_DATA_BYTES - ENVELOPE_BYTES;
export const MAX_EVENT_CHANNELS = 100;

/**
 * Builds an outbox entry with a payload checked against the catalogue, its size and its channel
 * count at the source: an event Pusher would refuse is a bug in the caller, caught before commit.
 * Keep events small (ids, a status, a short preview); clients refetch the rest.
 */
export function event<N extends EventName>(name: N, channels: string[], payload: EventPayload<N>) {
  const checked = eventSchemas[name].parse(payload) as Record<string, unknown>;
  const bytes = new TextEncoder().encode(JSON.stringify(checked)).length;
  if (bytes > MAX_PAYLOAD_BYTES) throw new Error(`Event ${name} is ${bytes} bytes; events must stay under ${MAX_PAYLOAD_BYTES} (send ids, clients refetch)`);
  if (channels.length > MAX_EVENT_CHANNELS) throw new Error(`Event ${name} targets ${channels.length} channels; at most ${MAX_EVENT_CHANNELS}`);
  return { name, channels, payload: checked };
}
