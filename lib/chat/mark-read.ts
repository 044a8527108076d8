import { and, eq, max, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { chatMessages, conversations, type Conversation } from "@/lib/db/schema";
import { recordEvents } from "@/lib/realtime/outbox";
import { readEvent } from "./chat-events";
import type { ConversationRef } from "./conversation-ref";

/**
 * Moves one side's read mark forward (never back), clamped to this conversation's newest message
 * so an id from elsewhere cannot mark anything. Announces the mark only when it moved.
 * `conv` must have been read FOR UPDATE in `tx`.
 */
export async function markRead(tx: Tx, conv: Conversation, ref: ConversationRef, reader: "guest" | "staff", upTo: number | undefined): Promise<number | null> {
  const [top] = await tx.select({ id: max(chatMessages.id) }).from(chatMessages).where(and(eq(chatMessages.conversationId, conv.id)));
  const newest = top?.id ?? null;
  if (newest === null) return reader === "guest" ? conv.guestReadUpTo : conv.staffReadUpTo;
  const current = (reader === "guest" ? conv.guestReadUpTo : conv.staffReadUpTo) ?? 0;
  const target = Math.min(upTo ?? newest, Number(newest));
  if (target <= current) return current || null;
  await tx
    .update(conversations)
    .set(reader === "guest" ? { guestReadUpTo: target, updatedAt: sql`now()` } : { staffReadUpTo: target, updatedAt: sql`now()` })
    .where(eq(conversations.id, conv.id));
  await recordEvents(tx, [readEvent(ref, reader, target)]);
  return target;
}
