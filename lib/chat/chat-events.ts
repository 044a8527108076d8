import { guestChatChannel, staffChatChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";
import { preview } from "./schemas";

// Builders for the chat events (catalogue: lib/realtime/events.ts). Payloads stay small: ids, a
// status and a preview; clients refetch the conversation for the rest.

type Conv = { id: string; bookingRef: string; hotelSlug: string };

/** The seed's `guest_message` on the hotel's staff chat stream; `message` is a preview. */
export function guestMessageEvent(c: Conv, m: { id: number; body: string; createdAt: Date }, guest: { name: string; roomNumber: string | null }) {
  return event("guest_message", [staffChatChannel(c.hotelSlug)], {
    conversation_id: c.id,
    booking_id: c.bookingRef,
    guest_name: guest.name,
    message: preview(m.body).text,
    room_number: guest.roomNumber,
    message_id: m.id,
    sent_at: m.createdAt.toISOString(),
  });
}

/** A staff reply, to the guest and to every open console. */
export function staffMessageEvent(c: Conv, m: { id: number; body: string; createdAt: Date }, senderName: string) {
  const p = preview(m.body);
  return event("chat.staff_message", [guestChatChannel(c.bookingRef), staffChatChannel(c.hotelSlug)], {
    conversation_id: c.id,
    booking_id: c.bookingRef,
    message_id: m.id,
    sender_name: senderName,
    message: p.text,
    truncated: p.truncated,
    sent_at: m.createdAt.toISOString(),
  });
}

export function readEvent(c: Conv, reader: "guest" | "staff", upTo: number) {
  return event("chat.read", [guestChatChannel(c.bookingRef), staffChatChannel(c.hotelSlug)], {
    conversation_id: c.id,
    booking_id: c.bookingRef,
    reader,
    up_to_message_id: upTo,
  });
}

export type ConversationChange = "resolved" | "reopened" | "assigned";

/** Status to the guest; status and assignment to the consoles. */
export function conversationEvents(c: Conv, change: ConversationChange, state: { status: "OPEN" | "RESOLVED"; assignedStaffId: string | null }) {
  const staff = event("chat.conversation_updated", [staffChatChannel(c.hotelSlug)], {
    conversation_id: c.id,
    booking_id: c.bookingRef,
    change,
    status: state.status,
    assigned_staff_id: state.assignedStaffId,
  });
  if (change === "assigned") return [staff];
  return [staff, event("chat.status_changed", [guestChatChannel(c.bookingRef)], { conversation_id: c.id, booking_id: c.bookingRef, status: state.status })];
}

/** "Someone is typing", relayed by the server to the other side only. */
export function typingEvent(c: Conv, from: "guest" | "staff", name: string) {
  const channel = from === "guest" ? staffChatChannel(c.hotelSlug) : guestChatChannel(c.bookingRef);
  return event("chat.typing", [channel], { conversation_id: c.id, booking_id: c.bookingRef, from, name });
}
