import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { chatQuickReplies, hotels } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { requiredTextSchema } from "@/lib/validation/fields";
import { MAX_MESSAGE_CHARS } from "./schemas";

// The hotel's saved replies, offered in the conversation view. Desk staff (ADMIN, FRONT_DESK) keep them.

export const quickReplySchema = z.object({
  title: requiredTextSchema(60, { singleLine: true }),
  body: requiredTextSchema(MAX_MESSAGE_CHARS),
});
export type QuickReplyInput = z.infer<typeof quickReplySchema>;

export const MAX_QUICK_REPLIES = 50;

export async function listQuickReplies(hotelId: string) {
  return getDb()
    .select({ id: chatQuickReplies.id, title: chatQuickReplies.title, body: chatQuickReplies.body })
    .from(chatQuickReplies)
    .where(eq(chatQuickReplies.hotelId, hotelId))
    .orderBy(asc(chatQuickReplies.position), asc(chatQuickReplies.createdAt));
}

/** Adds a reply, at most MAX_QUICK_REPLIES per hotel. */
export async function addQuickReply(hotelId: string, input: QuickReplyInput) {
  return transaction(async (tx) => {
    // The hotel row's lock serialises parallel adds, so the count read next holds until commit.
    const [hotel] = await tx.select({ id: hotels.id }).from(hotels).where(eq(hotels.id, hotelId)).for("update");
    if (!hotel) throw new AppError("NOT_FOUND", "Hotel not found");
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(chatQuickReplies).where(eq(chatQuickReplies.hotelId, hotelId));
    const n = Number(count?.n ?? 0);
    if (n >= MAX_QUICK_REPLIES) throw new AppError("CONFLICT", `At most ${MAX_QUICK_REPLIES} quick replies per hotel`);
    const [row] = await tx
      .insert(chatQuickReplies)
      .values({ hotelId, title: input.title, body: input.body, position: n })
      .returning({ id: chatQuickReplies.id, title: chatQuickReplies.title, body: chatQuickReplies.body });
    return row!;
  });
}

/** Changes one of this hotel's replies; another hotel's is "not found". */
export async function updateQuickReply(hotelId: string, id: string, input: QuickReplyInput) {
  const [row] = await getDb()
    .update(chatQuickReplies)
    .set({ title: input.title, body: input.body })
    .where(and(eq(chatQuickReplies.id, id), eq(chatQuickReplies.hotelId, hotelId)))
    .returning({ id: chatQuickReplies.id, title: chatQuickReplies.title, body: chatQuickReplies.body });
  if (!row) throw new AppError("NOT_FOUND", "Quick reply not found");
  return row;
}

/** Another hotel's reply is "not found". */
export async function deleteQuickReply(hotelId: string, id: string) {
  const gone = await getDb().delete(chatQuickReplies).where(and(eq(chatQuickReplies.id, id), eq(chatQuickReplies.hotelId, hotelId))).returning({ id: chatQuickReplies.id });
  if (gone.length === 0) throw new AppError("NOT_FOUND", "Quick reply not found");
}
