import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { chatMessages, conversations, type ChatMessage, type ChatSender } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

type Input = { conversationId: string; sender: ChatSender; staffId: string | null; body: string; clientId: string | null };

/**
 * Adds a message. With a client_id the message row itself is the idempotency record: the unique
 * (conversation_id, client_id) index lets one row in, whatever its age, so a retried send returns
 * the first message, never a copy (a concurrent twin's insert waits on the index, then finds the
 * first). The same client_id for another sender or text is a 422, as for other idempotency keys.
 */
export async function insertMessage(tx: Tx, input: Input): Promise<{ message: ChatMessage; created: boolean }> {
  const [row] = await tx
    .insert(chatMessages)
    .values({ conversationId: input.conversationId, sender: input.sender, staffId: input.staffId, body: input.body, clientId: input.clientId })
    .onConflictDoNothing({ target: [chatMessages.conversationId, chatMessages.clientId] })
    .returning();
  if (row) {
    await tx.update(conversations).set({ lastMessageAt: row.createdAt, lastActivityAt: row.createdAt, updatedAt: sql`now()` }).where(eq(conversations.id, input.conversationId));
    return { message: row, created: true };
  }
  // Only a client_id can conflict: a message without one (NULL) never matches the index.
  const [first] = await tx.select().from(chatMessages).where(and(eq(chatMessages.conversationId, input.conversationId), eq(chatMessages.clientId, input.clientId!)));
  if (!first) throw new Error("chat message conflict without a row");
  if (first.sender !== input.sender || first.staffId !== input.staffId || first.body !== input.body) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "This client_id was already used for a different message");
  }
  return { message: first, created: false };
}
