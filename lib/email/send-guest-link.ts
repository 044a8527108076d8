import { transaction } from "@/lib/db/transaction";
import "server-only";
import { eq } from "drizzle-orm";
import type { StaffActor } from "@/lib/bookings/actor";
import { auditBooking } from "@/lib/bookings/audit";
import { staffBookingChanged } from "@/lib/bookings/stay-events";
import { findBookingOrThrow } from "@/lib/bookings/find-booking";
import { guestLinkUrl } from "@/lib/bookings/guest-link-url";
import { issueGuestLinkInTx } from "@/lib/bookings/guest-links";
import type { EmailLinkInput } from "@/lib/bookings/link-schemas";
import { getDb } from "@/lib/db/client";
import { emailMessages, hotels } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { revokeTokenInTx } from "@/lib/tokens/revoke";
import { emailLocale } from "./email-language";
import { renderGuestLinkEmail } from "./guest-link-email";
import { deliverMail, mailTransportName } from "./transport";

const REDACTED = "[guest link removed from the stored copy]";

/**
 * Issues a fresh link for this email (one link per email sent, so each can be revoked on its own)
 * and sends it. Recorded in email_messages and on the booking. The stored copy never holds the
 * link (only its hash is kept anywhere): in the dev outbox, the staff member who sent it gets the
 * link once in the answer, as when issuing one. If SMTP refuses, the new link is revoked again and
 * the failure recorded; if SMTP accepted it, the guest has the link, and it stays valid even when
 * recording the success fails.
 */
export async function sendGuestLinkEmail(actor: StaffActor, reference: string, input: EmailLinkInput, origin?: string) {
  const transport = mailTransportName();
  const prepared = await transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference });
    const issued = await issueGuestLinkInTx(tx, actor, reference, { ...input, label: `Emailed to ${input.to}` });
    const url = guestLinkUrl(issued.raw, origin);
    // The booking's language, else the hotel's default (the actor carries only the hotel's name and zone).
    const [hotel] = await tx.select({ defaultLanguage: hotels.defaultLanguage }).from(hotels).where(eq(hotels.id, actor.hotel.id));
    const mail = renderGuestLinkEmail({
      locale: emailLocale(booking, { defaultLanguage: hotel?.defaultLanguage ?? null }),
      hotelName: actor.hotel.name,
      guestName: booking.primaryGuestName,
      reference,
      checkInDate: booking.checkInDate,
      checkOutDate: booking.checkOutDate,
      url,
      purpose: issued.token.purpose,
      canChat: issued.token.canChat,
      canOrderServices: issued.token.canOrderServices,
      expiresAt: issued.token.expiresAt,
      timezone: actor.hotel.timezone,
    });
    const stored = { html: mail.html.replaceAll(url, REDACTED), text: mail.text.replaceAll(url, REDACTED) };
    const [message] = await tx
      .insert(emailMessages)
      .values({
        hotelId: actor.hotel.id,
        bookingId: booking.id,
        toAddress: input.to,
        subject: mail.subject,
        html: stored.html,
        text: stored.text,
        transport,
        status: transport === "smtp" ? "SENDING" : "SENT",
        sentByStaffId: actor.staffId,
      })
      .returning({ id: emailMessages.id });
    if (!message) throw new Error("email insert returned nothing");
    await auditBooking(tx, {
      hotelId: actor.hotel.id,
      bookingId: booking.id,
      staffId: actor.staffId,
      kind: "link_emailed",
      details: { to: input.to, tokenId: issued.token.id, emailId: message.id, transport },
    });
    return { mail, url, messageId: message.id, tokenId: issued.token.id, bookingId: booking.id };
  });
  if (transport === "dev-outbox") return { emailId: prepared.messageId, tokenId: prepared.tokenId, transport, url: prepared.url };

  // SMTP happens outside the transaction: a slow mail server must not hold the database.
  try {
    await deliverMail({ to: input.to, ...prepared.mail });
  } catch (e) {
    const error = e instanceof Error ? e.message.slice(0, 300) : "unknown error";
    console.error("guest link email failed", error);
    await transaction(async (tx) => {
      await tx.update(emailMessages).set({ status: "FAILED", error }).where(eq(emailMessages.id, prepared.messageId));
      await revokeTokenInTx(tx, { hotelId: actor.hotel.id, tokenId: prepared.tokenId, reason: "Email could not be sent", staffId: actor.staffId });
      await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: prepared.bookingId, staffId: actor.staffId, kind: "link_email_failed", details: { to: input.to, emailId: prepared.messageId } });
      // The link issued a moment ago is revoked again; consoles showing it must say so.
      await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, reference, "link_email_failed")]);
    });
    throw new AppError("NOT_AVAILABLE", "The mail server did not accept the message, so the new link was revoked again. Try later.");
  }
  try {
    await getDb().update(emailMessages).set({ status: "SENT" }).where(eq(emailMessages.id, prepared.messageId));
  } catch (e) {
    // The guest already has the link: keep it valid; the row stays SENDING for staff to see.
    console.error("guest link email sent but not recorded", e instanceof Error ? e.message.split("\n")[0] : "unknown error");
  }
  return { emailId: prepared.messageId, tokenId: prepared.tokenId, transport };
}
