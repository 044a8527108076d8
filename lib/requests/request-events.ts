import type { ServiceRequest } from "@/lib/db/schema";
import { roomServiceChannel, staffRequestsChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";

// The guest's room-service channel (their live page of orders and requests) and the hotel's
// staff-requests channel get the same small events: ids, kind, department, status. Clients refetch.

type Where = { bookingRef: string; hotelSlug: string };

const channelsFor = (w: Where) => [roomServiceChannel(w.bookingRef), staffRequestsChannel(w.hotelSlug)];

export function requestCreated(r: Pick<ServiceRequest, "id" | "kind" | "department" | "status">, w: Where) {
  return event("request.created", channelsFor(w), { booking_id: w.bookingRef, request_id: r.id, kind: r.kind, department: r.department, status: r.status });
}

export function requestStatusChanged(r: Pick<ServiceRequest, "id" | "kind" | "department" | "status">, previous: ServiceRequest["status"], w: Where) {
  return event("request.status_changed", channelsFor(w), { booking_id: w.bookingRef, request_id: r.id, kind: r.kind, department: r.department, status: r.status, previous_status: previous });
}

export function roomDoNotDisturb(on: boolean, room: string | null, w: Where) {
  return event("room.do_not_disturb", channelsFor(w), { booking_id: w.bookingRef, room, on });
}
