import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { emailMessages } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { deliverMail } from "./transport";

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
