import { bool, listOf, nullableStr, num, oneOf, pickShape, shapeProblems, str, type Shape, type ShapeType } from "./event-shape";

// The event catalogue shared by server and client. Every delivered event also carries
// `event_id` (unique, for dedupe) and `created_at` (ISO time, for ordering), added by the dispatcher.

const bookingRef = { booking_id: str() };
const REQUEST_KINDS = ["AMENITIES", "CLEANING", "MAINTENANCE", "WAKE_UP", "LATE_CHECKOUT", "OTHER"] as const;
const REQUEST_DEPARTMENTS = ["HOUSEKEEPING", "MAINTENANCE", "FRONT_DESK"] as const; // public booking reference, as in the seed

export const eventSchemas = {
  // private-guest-booking.{ref}
  "booking.checked_in": { ...bookingRef, checked_in_at: str(), room_number: nullableStr() },
  "booking.room_assigned": { ...bookingRef, room_number: nullableStr() },
  "booking.checked_out": { ...bookingRef, checked_out_at: str() },
  "booking.updated": { ...bookingRef, fields: listOf("string") },
  // No reason: staff notes are not for the guest's eyes.
  "booking.link_revoked": { ...bookingRef, link_id: str() },
  // private-{hotel}.staff-bookings
  "staff.booking_changed": { ...bookingRef, change: str() },
  // private-room-service.{ref} (the guest) and private-{hotel}.staff-orders (queue and kitchen):
  // ids and statuses only; clients refetch the order. Breakfast orders use the same events.
  "order.created": { ...bookingRef, order_id: str(), type: oneOf("ROOM_SERVICE", "BREAKFAST"), status: str() },
  "order.status_changed": { ...bookingRef, order_id: str(), type: oneOf("ROOM_SERVICE", "BREAKFAST"), status: str(), previous_status: str() },
  "order.updated": { ...bookingRef, order_id: str(), type: oneOf("ROOM_SERVICE", "BREAKFAST") },
  // Service requests (lib/requests), on private-room-service.{ref} and private-{hotel}.staff-requests:
  // ids, kind, department and status only; clients refetch the request.
  "request.created": { ...bookingRef, request_id: str(), kind: oneOf(...REQUEST_KINDS), department: oneOf(...REQUEST_DEPARTMENTS), status: str() },
  "request.status_changed": { ...bookingRef, request_id: str(), kind: oneOf(...REQUEST_KINDS), department: oneOf(...REQUEST_DEPARTMENTS), status: str(), previous_status: str() },
  // The room's do-not-disturb state (housekeeping's list); room is null before a room is assigned.
  "room.do_not_disturb": { ...bookingRef, room: nullableStr(), on: bool() },
  // hotel-menu.{hotel} (public): clients refetch the menu; no prices or guest data in the event.
  "menu.changed": { hotel: str(), change: str(), item_id: nullableStr(), menus: listOf(["room_service", "breakfast"]) },
  // Guest chat. private-{hotel}.staff-chat: the seed's `guest_message` (message = a preview),
  // replies, reads and status for every open console. private-guest-chat.{ref}: staff replies
  // (preview; `truncated` says to fetch the rest), read marks, status, typing.
  guest_message: { conversation_id: str(), booking_id: str(), guest_name: str(), message: str(200), room_number: nullableStr(), message_id: num(), sent_at: str() },
  "chat.staff_message": { ...bookingRef, conversation_id: str(), message_id: num(), sender_name: str(), message: str(200), truncated: bool(), sent_at: str() },
  "chat.read": { ...bookingRef, conversation_id: str(), reader: oneOf("guest", "staff"), up_to_message_id: num() },
  "chat.conversation_updated": { ...bookingRef, conversation_id: str(), change: oneOf("resolved", "reopened", "assigned"), status: oneOf("OPEN", "RESOLVED"), assigned_staff_id: nullableStr() },
  "chat.status_changed": { ...bookingRef, conversation_id: str(), status: oneOf("OPEN", "RESOLVED") },
  "chat.typing": { ...bookingRef, conversation_id: str(), from: oneOf("guest", "staff"), name: str(80) },
  // Effect-only (no channel): ends the staff member's live connections (lib/realtime/side-effects.ts).
  "staff.access_changed": { staff_id: str(), hotel_id: str(), change: oneOf("deactivated", "removed", "role_changed") },
} as const satisfies Record<string, Shape>;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<N extends EventName> = ShapeType<(typeof eventSchemas)[N]>;

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
  const problems = shapeProblems(eventSchemas[name], payload);
  if (problems.length) throw new Error(`Event ${name} does not match the catalogue: ${problems.join("; ")}`);
  const checked = pickShape(eventSchemas[name], payload as Record<string, unknown>);
  const bytes = new TextEncoder().encode(JSON.stringify(checked)).length;
  if (bytes > MAX_PAYLOAD_BYTES) throw new Error(`Event ${name} is ${bytes} bytes; events must stay under ${MAX_PAYLOAD_BYTES} (send ids, clients refetch)`);
  if (channels.length > MAX_EVENT_CHANNELS) throw new Error(`Event ${name} targets ${channels.length} channels; at most ${MAX_EVENT_CHANNELS}`);
  return { name, channels, payload: checked };
}
