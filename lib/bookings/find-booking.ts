import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** A booking of this hotel by reference; another hotel's booking is "not found", never "forbidden". */
export async function findBookingOrThrow(db: DbOrTx, opts: { hotelId: string; reference: string; forUpdate?: boolean }): Promise<Booking> {
  const q = db.select().from(bookings).where(and(eq(bookings.hotelId, opts.hotelId), eq(bookings.reference, opts.reference)));
  const [b] = opts.forUpdate ? await q.for("update") : await q;
  if (!b) throw new AppError("NOT_FOUND", "Booking not found");
  return b;
}
