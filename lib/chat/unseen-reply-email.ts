import { and, asc, eq, gt, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { guestLinkUrl } from "@/lib/bookings/guest-link-url";
import { getDb } from "@/lib/db/client";
import { bookings, chatMessages, conversations, hotels } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { recordGuestEmail, sendRecorded } from "@/lib/email/deliver-recorded";
import { emailLocale } from "@/lib/email/email-language";
import { issueTokenInTx } from "@/lib/tokens/issue";
import { revokeTokenInTx } from "@/lib/tokens/revoke";
import { renderUnseenReplyEmail } from "./unseen-reply-email-text";

// "The guest has left the page": a staff reply still unseen after the hotel's delay
// (hotels.chat_email_after_minutes, default 5) is emailed once, with a new chat-scoped link
// (labelled as such, revocable like any other). At most one such email per conversation per hour.

export const CHAT_EMAIL_MIN_GAP_MS = 60 * 60 * 1000;
const REDACTED = "[chat link removed from the stored copy]";

type Candidate = { conversationId: string; messageId: number };

/** Conversations whose oldest unseen staff reply is due, not emailed within the hour, guest still staying with an email. */
async function findDue(now: Date, limit: number): Promise<Candidate[]> {
  const hourAgo = new Date(now.getTime() - CHAT_EMAIL_MIN_GAP_MS);
  const rows = await getDb()
    .select({ conversationId: conversations.id, messageId: sql<number>`min(${chatMessages.id})`.mapWith(Number) })
    .from(conversations)
    .innerJoin(bookings, eq(bookings.id, conversations.bookingId))
    .innerJoin(hotels, eq(hotels.id, conversations.hotelId))
    .innerJoin(chatMessages, eq(chatMessages.conversationId, conversations.id))
    .where(
      and(
        eq(chatMessages.sender, "STAFF"),
        gt(chatMessages.id, sql`coalesce(${conversations.guestReadUpTo}, 0)`),
        lte(chatMessages.createdAt, sql`${now.toISOString()}::timestamptz - make_interval(mins => ${hotels.chatEmailAfterMinutes})`),
        // Only replies written after the last email: one email per unseen batch.
        or(isNull(conversations.guestEmailedAt), gt(chatMessages.createdAt, conversations.guestEmailedAt)),
        or(isNull(conversations.guestEmailedAt), lte(conversations.guestEmailedAt, hourAgo)),
        eq(bookings.status, "CONFIRMED"),
        isNull(bookings.checkedOutAt),
        isNotNull(bookings.email),
      ),
    )
    .groupBy(conversations.id)
    .orderBy(asc(sql`min(${chatMessages.id})`))
    .limit(limit);
  return rows;
}

/**
 * One pass of the email fallback (the sweeper runs it every minute). Each email is claimed in a
 * transaction (conversation row locked, the hour re-checked) before SMTP, so two processes never
 * send the same one; SMTP runs outside the transaction, and a refusal revokes the new link.
 */
export async function emailUnseenReplies(opts: { now?: Date; limit?: number; origin?: string } = {}): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? new Date();
  let sent = 0;
  let failed = 0;
  for (const c of await findDue(now, opts.limit ?? 20)) {
    const prepared = await transaction(async (tx) => {
      const [row] = await tx
        .select({ conv: conversations, booking: bookings, hotel: hotels, message: chatMessages })
        .from(conversations)
        .innerJoin(bookings, eq(bookings.id, conversations.bookingId))
        .innerJoin(hotels, eq(hotels.id, conversations.hotelId))
        .innerJoin(chatMessages, eq(chatMessages.id, c.messageId))
        .where(eq(conversations.id, c.conversationId))
        .for("update", { of: conversations });
      if (!row?.booking.email) return null;
      const { conv, booking, hotel, message } = row;
      const to = row.booking.email;
      if (conv.guestEmailedAt && now.getTime() - conv.guestEmailedAt.getTime() < CHAT_EMAIL_MIN_GAP_MS) return null;
      if ((conv.guestReadUpTo ?? 0) >= message.id) return null;
      await tx.update(conversations).set({ guestEmailedAt: now }).where(eq(conversations.id, conv.id));
      const issued = await issueTokenInTx(tx, { hotelId: hotel.id, bookingId: booking.id, purpose: "CHAT", canChat: true, canOrderServices: false, label: "Chat reply email" });
      const url = guestLinkUrl(issued.raw, opts.origin);
      const mail = renderUnseenReplyEmail({ locale: emailLocale(booking, hotel), hotelName: hotel.name, guestName: booking.primaryGuestName, reply: message.body, url });
      // Only a link's hash is kept anywhere: the stored copy (the dev outbox's too) has no link.
      const stored = { html: mail.html.replaceAll(url, REDACTED), text: mail.text.replaceAll(url, REDACTED) };
      const email = await recordGuestEmail(tx, { hotelId: hotel.id, bookingId: booking.id, to, mail, stored });
      return { email, tokenId: issued.token.id, hotelId: hotel.id };
    });
    if (!prepared) continue;
    const delivered = await sendRecorded(
      prepared.email,
      // The new link rides only in this email: one that never arrived is revoked again.
      { label: "chat reply email", onFailure: (tx) => revokeTokenInTx(tx, { hotelId: prepared.hotelId, tokenId: prepared.tokenId, reason: "Email could not be sent", staffId: null }).then(() => undefined) },
    );
    if (delivered) sent++;
    else failed++;
  }
  return { sent, failed };
}
