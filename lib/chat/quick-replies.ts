import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { chatQuickReplies, hotels } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { optionalTextSchema, requiredTextSchema } from "@/lib/validation/fields";
import type { QuickReplyTranslations } from "./quick-reply-text";
import { MAX_MESSAGE_CHARS } from "./schemas";

// The hotel's saved replies, offered in the conversation view. Desk staff (ADMIN, FRONT_DESK) keep them.
// `body` is the reply in the hotel's own language; `translations` the same reply in other guest
// languages. The conversation view offers the guest's (the booking's language), else `body`
// (quick-reply-text.ts).

/** The reply's text per guest language; another key is refused, a blank text is untranslated (not stored). */
export const quickReplyTranslationsSchema = z
  .record(z.string(), optionalTextSchema(MAX_MESSAGE_CHARS), "Give the translations per language")
  .superRefine((r, ctx) => {
    for (const key of Object.keys(r)) if (!isLocale(key)) ctx.addIssue({ code: "custom", path: [key], message: `Not a guest language (${LOCALES.join(", ")})` });
  })
  .transform((r) => {
    const out: QuickReplyTranslations = {};
    for (const [key, text] of Object.entries(r)) if (isLocale(key) && text) out[key] = text;
    return out;
  });

export const quickReplySchema = z.object({
  title: requiredTextSchema(60, { singleLine: true }),
  body: requiredTextSchema(MAX_MESSAGE_CHARS),
  // Absent: none on a new reply, unchanged on an edit.
  translations: quickReplyTranslationsSchema.optional(),
});
export type QuickReplyInput = z.infer<typeof quickReplySchema>;

export const MAX_QUICK_REPLIES = 50;

const columns = { id: chatQuickReplies.id, title: chatQuickReplies.title, body: chatQuickReplies.body, translations: chatQuickReplies.translations };

export async function listQuickReplies(hotelId: string) {
  return getDb()
    .select(columns)
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
      .values({ hotelId, title: input.title, body: input.body, translations: input.translations ?? {}, position: n })
      .returning(columns);
    return row!;
  });
}

/** Changes one of this hotel's replies (its translations only when the edit carries them); another hotel's is "not found". */
export async function updateQuickReply(hotelId: string, id: string, input: QuickReplyInput) {
  const [row] = await getDb()
    .update(chatQuickReplies)
    .set({ title: input.title, body: input.body, ...(input.translations !== undefined ? { translations: input.translations } : {}) })
    .where(and(eq(chatQuickReplies.id, id), eq(chatQuickReplies.hotelId, hotelId)))
    .returning(columns);
  if (!row) throw new AppError("NOT_FOUND", "Quick reply not found");
  return row;
}

/** Another hotel's reply is "not found". */
export async function deleteQuickReply(hotelId: string, id: string) {
  const gone = await getDb().delete(chatQuickReplies).where(and(eq(chatQuickReplies.id, id), eq(chatQuickReplies.hotelId, hotelId))).returning({ id: chatQuickReplies.id });
  if (gone.length === 0) throw new AppError("NOT_FOUND", "Quick reply not found");
}
