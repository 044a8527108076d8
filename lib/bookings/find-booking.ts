import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/**
 * A booking of this hotel by reference; another hotel's booking is "not found", never "forbidden".
 * `forUpdate` takes FOR NO KEY UPDATE: it serialises stay changes but still lets concurrent inserts
 * that reference the booking (audit rows, token events) check their foreign key, which FOR UPDATE
 * would block into a deadlock with a concurrent link revocation.
 */
export async function findBookingOrThrow(db: DbOrTx, opts: { hotelId: string; reference: string; forUpdate?: boolean }): Promise<Booking> {
  const q = db.select().from(bookings).where(and(eq(bookings.hotelId, opts.hotelId), eq(bookings.reference, opts.reference)));
  const [b] = opts.forUpdate ? await q.for("no key update") : await q;
  if (!b) throw new AppError("NOT_FOUND", "Booking not found");
  return b;
}
