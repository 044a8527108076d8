import type { DbOrTx } from "@/lib/db/client";
import { bookingEvents } from "@/lib/db/schema";

export type BookingAuditKind =
  | "created"
  | "checked_in"
  | "checked_out"
  | "cancelled"
  | "language_changed"
  | "link_issued"
  | "link_revoked"
  | "links_revoked_all"
  | "link_replaced"
  | "link_emailed"
  | "link_email_failed"
  | "late_checkout_approved";

/** Appends to the booking's audit trail, inside the caller's transaction. */
export async function auditBooking(
  tx: DbOrTx,
  input: { hotelId: string; bookingId: string; staffId: string | null; kind: BookingAuditKind; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(bookingEvents).values({ ...input, details: input.details ?? null });
}
