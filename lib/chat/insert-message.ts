import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { chatMessages, conversations, type ChatMessage, type ChatSender } from "@/lib/db/schema";

/**
 * Adds a message, or returns the first one sent with the same client_id in this conversation
 * (a retried send never makes a copy; a concurrent duplicate waits on the unique index and then
 * finds the winner's row). `created` says which.
 */
export async function insertMessage(
  tx: Tx,
  input: { conversationId: string; sender: ChatSender; staffId: string | null; body: string; clientId: string | null },
): Promise<{ message: ChatMessage; created: boolean }> {
  const [row] = await tx
    .insert(chatMessages)
    .values({ conversationId: input.conversationId, sender: input.sender, staffId: input.staffId, body: input.body, clientId: input.clientId })
    .onConflictDoNothing({ target: [chatMessages.conversationId, chatMessages.clientId] })
    .returning();
  if (row) {
    await tx.update(conversations).set({ lastMessageAt: row.createdAt, lastActivityAt: row.createdAt, updatedAt: sql`now()` }).where(eq(conversations.id, input.conversationId));
    return { message: row, created: true };
  }
  const [first] = await tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, input.conversationId), eq(chatMessages.clientId, input.clientId ?? "")));
  if (!first) throw new Error("duplicate client_id without a first message");
  return { message: first, created: false };
}
