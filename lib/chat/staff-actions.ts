import { and, eq, inArray, sql } from "drizzle-orm";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { conversations, staffMemberships, staffUsers } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { consumeChatMessage } from "@/lib/rate-limit/chat-limiter";
import { recordEvents } from "@/lib/realtime/outbox";
import { conversationEvents, staffMessageEvent } from "./chat-events";
import { loadConversation } from "./conversation-ref";
import { insertMessage } from "./insert-message";
import { markRead } from "./mark-read";
import { firstName, type SendMessageInput } from "./schemas";
import { staffTypingEnded } from "./typing";

export type ChatActor = { staffId: string; staffName: string; hotelId: string };

/** A staff reply: to the guest's channel and every console. Replying also marks the guest's messages seen. */
export async function sendStaffMessage(actor: ChatActor, id: string, input: SendMessageInput) {
  await consumeChatMessage(`staff:${actor.staffId}`);
  const sent = await transaction(async (tx) => {
    const loaded = await loadConversation(tx, { hotelId: actor.hotelId, id, forUpdate: true });
    const { message, created } = await insertMessage(tx, { conversationId: id, sender: "STAFF", staffId: actor.staffId, body: input.message, clientId: input.clientId });
    if (created) {
      await recordEvents(tx, [staffMessageEvent(loaded.ref, message, firstName(actor.staffName))]);
      await markRead(tx, loaded.conversation, loaded.ref, "staff", message.id);
    }
    return { message_id: message.id, sent_at: message.createdAt.toISOString(), duplicate: !created };
  });
  await staffTypingEnded(actor.staffId, id);
  return sent;
}

export async function staffMarkRead(actor: ChatActor, id: string, upTo: number | undefined) {
  return transaction(async (tx) => {
    const loaded = await loadConversation(tx, { hotelId: actor.hotelId, id, forUpdate: true });
    return { up_to_message_id: await markRead(tx, loaded.conversation, loaded.ref, "staff", upTo) };
  });
}

/** Resolve or reopen; setting the status it already has changes and announces nothing. */
export async function setConversationStatus(actor: ChatActor, id: string, status: "OPEN" | "RESOLVED") {
  return transaction(async (tx) => {
    const loaded = await loadConversation(tx, { hotelId: actor.hotelId, id, forUpdate: true });
    if (loaded.conversation.status === status) return { status };
    await tx.update(conversations).set({ status, resolvedAt: status === "RESOLVED" ? sql`now()` : null, lastActivityAt: sql`now()`, updatedAt: sql`now()` }).where(eq(conversations.id, id));
    await recordEvents(tx, conversationEvents(loaded.ref, status === "RESOLVED" ? "resolved" : "reopened", { status, assignedStaffId: loaded.conversation.assignedStaffId }));
    return { status };
  });
}

/** Assign to a desk member of this hotel (ADMIN or FRONT_DESK, active), or unassign with null. */
export async function assignConversation(actor: ChatActor, id: string, staffId: string | null) {
  return transaction(async (tx) => {
    const loaded = await loadConversation(tx, { hotelId: actor.hotelId, id, forUpdate: true });
    if (staffId) {
      const [member] = await tx
        .select({ id: staffUsers.id })
        .from(staffMemberships)
        .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
        .where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId), inArray(staffMemberships.role, [...GUEST_DESK_ROLES]), eq(staffUsers.active, true)));
      if (!member) throw new AppError("VALIDATION_ERROR", "Assign to an active front-desk or admin member of this hotel", { staff_id: ["Not a desk member of this hotel"] });
    }
    if (loaded.conversation.assignedStaffId === staffId) return { assigned_staff_id: staffId };
    await tx.update(conversations).set({ assignedStaffId: staffId, updatedAt: sql`now()` }).where(eq(conversations.id, id));
    await recordEvents(tx, conversationEvents(loaded.ref, "assigned", { status: loaded.conversation.status, assignedStaffId: staffId }));
    return { assigned_staff_id: staffId };
  });
}
