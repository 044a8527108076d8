import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, emailMessages } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** The hotel's sent mail, newest first (the dev outbox page lists it). */
export async function listHotelEmails(opts: { hotelId: string; limit?: number }) {
  return getDb()
    .select({
      id: emailMessages.id,
      toAddress: emailMessages.toAddress,
      subject: emailMessages.subject,
      transport: emailMessages.transport,
      status: emailMessages.status,
      createdAt: emailMessages.createdAt,
      bookingReference: bookings.reference,
    })
    .from(emailMessages)
    .leftJoin(bookings, eq(bookings.id, emailMessages.bookingId))
    .where(eq(emailMessages.hotelId, opts.hotelId))
    .orderBy(desc(emailMessages.createdAt))
    .limit(opts.limit ?? 50);
}

export async function getHotelEmail(opts: { hotelId: string; id: string }) {
  const [m] = await getDb().select().from(emailMessages).where(and(eq(emailMessages.hotelId, opts.hotelId), eq(emailMessages.id, opts.id)));
  if (!m) throw new AppError("NOT_FOUND", "Message not found");
  return m;
}
