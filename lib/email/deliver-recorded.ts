import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { emailMessages } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { deliverMail, mailTransportName } from "./transport";

/**
 * Sends an email already recorded as SENDING (outside any transaction: a slow mail server must not
 * hold the database) and marks the record SENT, or FAILED with the error. `onFailure` runs in the
 * same transaction as the FAILED mark (e.g. revoking the link the email carried).
 */
export async function deliverRecorded(
  email: { id: string; to: string; mail: { subject: string; html: string; text: string } },
  opts: { label: string; onFailure?: (tx: Tx) => Promise<void> },
): Promise<boolean> {
  try {
    await deliverMail({ to: email.to, ...email.mail });
  } catch (e) {
    const error = e instanceof Error ? e.message.slice(0, 300) : "unknown error";
    console.error(`${opts.label} failed`, error);
    await transaction(async (tx) => {
      await tx.update(emailMessages).set({ status: "FAILED", error }).where(eq(emailMessages.id, email.id));
      await opts.onFailure?.(tx);
    });
    return false;
  }
  await getDb().update(emailMessages).set({ status: "SENT" }).where(eq(emailMessages.id, email.id));
  return true;
}

type Mail = { subject: string; html: string; text: string };
export type RecordedEmail = { id: string; to: string; mail: Mail };

/**
 * Records a system email to a guest in the caller's transaction (SENDING for SMTP; the dev outbox
 * counts it SENT at once). `stored` is the copy kept when it must differ from what is sent (a link
 * redacted). Send it after the transaction with `sendRecorded`.
 */
export async function recordGuestEmail(tx: Tx, e: { hotelId: string; bookingId: string; to: string; mail: Mail; stored?: Pick<Mail, "html" | "text"> }): Promise<RecordedEmail> {
  const transport = mailTransportName();
  const kept = e.stored ?? e.mail;
  const [row] = await tx
    .insert(emailMessages)
    .values({ hotelId: e.hotelId, bookingId: e.bookingId, toAddress: e.to, subject: e.mail.subject, html: kept.html, text: kept.text, transport, status: transport === "smtp" ? "SENDING" : "SENT", sentByStaffId: null })
    .returning({ id: emailMessages.id });
  return { id: row!.id, to: e.to, mail: e.mail };
}

/** Delivers a recorded email over SMTP (nothing to do for the dev outbox); false when it failed. */
export async function sendRecorded(email: RecordedEmail, opts: { label: string; onFailure?: (tx: Tx) => Promise<void> }): Promise<boolean> {
  if (mailTransportName() === "dev-outbox") return true;
  return deliverRecorded(email, opts);
}
