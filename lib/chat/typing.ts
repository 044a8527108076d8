import { getDb } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { releaseTypingSlot, takeTypingSlot } from "@/lib/rate-limit/chat-limiter";
import { recordEvents } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { typingEvent } from "./chat-events";
import { loadConversation } from "./conversation-ref";
import { assertGuestMaySend, findGuestConversation, guestRef } from "./guest-chat";
import { firstName } from "./schemas";

// Typing goes through the server, not client events: client events stay off on every channel, so
// nobody can forge an event on a channel they may listen to. Throttled per sender: calls inside
// the window are accepted and dropped (`relayed: false`). A sent message ends the sender's typing
// (the other side clears its line), so the throttle is released and a new draft shows at once.

const guestKey = (bookingId: string) => `guest:${bookingId}`;
const staffKey = (staffId: string, conversationId: string) => `staff:${staffId}:${conversationId}`;

export const guestTypingEnded = (bookingId: string) => releaseTypingSlot(guestKey(bookingId));
export const staffTypingEnded = (staffId: string, conversationId: string) => releaseTypingSlot(staffKey(staffId, conversationId));

export async function guestTyping(access: GuestAccess): Promise<{ relayed: boolean }> {
  assertGuestMaySend(access.booking);
  if (!(await takeTypingSlot(guestKey(access.booking.id)))) return { relayed: false };
  const conv = await findGuestConversation(getDb(), access);
  if (!conv) throw new AppError("NOT_FOUND", "No conversation yet");
  await transaction((tx) => recordEvents(tx, [typingEvent(guestRef(access, conv), "guest", firstName(access.booking.primaryGuestName))]));
  return { relayed: true };
}

export async function staffTyping(actor: { staffId: string; staffName: string; hotelId: string }, conversationId: string): Promise<{ relayed: boolean }> {
  // Existence and hotel first, so another hotel's id is 404 whatever the throttle says.
  const loaded = await loadConversation(getDb(), { hotelId: actor.hotelId, id: conversationId });
  if (!(await takeTypingSlot(staffKey(actor.staffId, conversationId)))) return { relayed: false };
  await transaction((tx) => recordEvents(tx, [typingEvent(loaded.ref, "staff", firstName(actor.staffName))]));
  return { relayed: true };
}
