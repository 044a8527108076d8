import { eq, sql } from "drizzle-orm";
import { conversations } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { consumeChatMessage } from "@/lib/rate-limit/chat-limiter";
import { recordEvents, type OutboxInput } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { conversationEvents, guestMessageEvent } from "./chat-events";
import { assertGuestMaySend, assertGuestMaySendNow, ensureGuestConversation, guestRef } from "./guest-chat";
import { insertMessage } from "./insert-message";
import type { SendMessageInput } from "./schemas";
import { guestTypingEnded } from "./typing";

/**
 * The guest writes to the front desk. Refused after check-out; counted against the booking's
 * flood limit first. A message to a resolved conversation reopens it. Staff consoles hear of it
 * through the outbox (the seed's `guest_message`) in the same transaction.
 */
export async function sendGuestMessage(access: GuestAccess, input: SendMessageInput): Promise<{ message_id: number; sent_at: string; duplicate: boolean }> {
  assertGuestMaySend(access.booking);
  await consumeChatMessage(`booking:${access.booking.id}`);
  const sent = await transaction(async (tx) => {
    await assertGuestMaySendNow(tx, access);
    const conv = await ensureGuestConversation(tx, access);
    const ref = guestRef(access, conv);
    const { message, created } = await insertMessage(tx, { conversationId: conv.id, sender: "GUEST", staffId: null, body: input.message, clientId: input.clientId });
    if (created) {
      const events: OutboxInput[] = [guestMessageEvent(ref, message, { name: access.booking.primaryGuestName, roomNumber: access.roomNumber })];
      if (conv.status === "RESOLVED") {
        await tx.update(conversations).set({ status: "OPEN", resolvedAt: null, updatedAt: sql`now()` }).where(eq(conversations.id, conv.id));
        events.push(...conversationEvents(ref, "reopened", { status: "OPEN", assignedStaffId: conv.assignedStaffId }));
      }
      await recordEvents(tx, events);
    }
    return { message_id: message.id, sent_at: message.createdAt.toISOString(), duplicate: !created };
  });
  await guestTypingEnded(access.booking.id);
  return sent;
}
