import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { chatMessages, conversations, type ChatMessage, type ChatSender } from "@/lib/db/schema";
import { runOnce } from "@/lib/idempotency/run-once";

type Input = { conversationId: string; sender: ChatSender; staffId: string | null; body: string; clientId: string | null };

async function insert(tx: Tx, input: Input): Promise<ChatMessage> {
  const [row] = await tx
    .insert(chatMessages)
    .values({ conversationId: input.conversationId, sender: input.sender, staffId: input.staffId, body: input.body, clientId: input.clientId })
    .returning();
  if (!row) throw new Error("message insert returned nothing");
  await tx.update(conversations).set({ lastMessageAt: row.createdAt, lastActivityAt: row.createdAt, updatedAt: sql`now()` }).where(eq(conversations.id, input.conversationId));
  return row;
}

/**
 * Adds a message. With a client_id it goes through the one idempotency mechanism
 * (lib/idempotency): a retried send returns the first message, never a copy (a concurrent twin
 * waits on the key and then finds the first); the same client_id with another text is a 422.
 * The unique (conversation_id, client_id) index backs this up in the table itself.
 */
export async function insertMessage(tx: Tx, input: Input): Promise<{ message: ChatMessage; created: boolean }> {
  if (!input.clientId) return { message: await insert(tx, input), created: true };
  const r = await runOnce(tx, { scope: `chat-message:${input.conversationId}`, key: input.clientId, request: { sender: input.sender, staffId: input.staffId, body: input.body } }, async () => {
    const message = await insert(tx, input);
    return { result: message, stored: { messageId: message.id } };
  });
  if (!r.replayed) return { message: r.result, created: true };
  const [first] = await tx.select().from(chatMessages).where(eq(chatMessages.id, r.stored.messageId));
  if (!first) throw new Error("idempotent chat message vanished");
  return { message: first, created: false };
}
