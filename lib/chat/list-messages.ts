import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { chatMessages, staffUsers, type Conversation } from "@/lib/db/schema";
import { firstName, type PageQuery } from "./schemas";

export type MessageView = {
  id: number;
  sender: "guest" | "staff";
  /** "guest", or the staff member's first name (the guest never sees staff surnames or ids). */
  sender_name: string;
  body: string;
  sent_at: string;
  client_id: string | null;
  /** Seen by the other side. */
  read: boolean;
};

export type MessagePage = { messages: MessageView[]; has_more: boolean };

/** One page of a conversation, oldest first: the `limit` newest messages before `before`. */
export async function listMessages(db: DbOrTx, conv: Pick<Conversation, "id" | "guestReadUpTo" | "staffReadUpTo">, page: PageQuery): Promise<MessagePage> {
  const where = page.before ? and(eq(chatMessages.conversationId, conv.id), lt(chatMessages.id, page.before)) : eq(chatMessages.conversationId, conv.id);
  const rows = await db.select().from(chatMessages).where(where).orderBy(desc(chatMessages.id)).limit(page.limit + 1);
  const has_more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit).reverse();
  const staffIds = [...new Set(shown.map((m) => m.staffId).filter((x): x is string => !!x))];
  const names = new Map(
    staffIds.length ? (await db.select({ id: staffUsers.id, name: staffUsers.name }).from(staffUsers).where(inArray(staffUsers.id, staffIds))).map((s) => [s.id, firstName(s.name)]) : [],
  );
  return {
    has_more,
    messages: shown.map((m) => ({
      id: m.id,
      sender: m.sender === "GUEST" ? "guest" : "staff",
      sender_name: m.sender === "GUEST" ? "guest" : (names.get(m.staffId ?? "") ?? "Front desk"),
      body: m.body,
      sent_at: m.createdAt.toISOString(),
      client_id: m.clientId,
      read: m.sender === "GUEST" ? m.id <= (conv.staffReadUpTo ?? 0) : m.id <= (conv.guestReadUpTo ?? 0),
    })),
  };
}
