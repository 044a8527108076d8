import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookingEvents, type BookingEvent } from "@/lib/db/schema";
import type { BookingAuditKind } from "./audit";

/**
 * Double-submit guard. Forms send a random key; the first request's audit row stores it. Inside the
 * writing transaction we lock on the key (so a concurrent twin waits) and look for that row: if it
 * exists the work was already done and the caller returns the earlier result instead.
 */
export async function findPriorSubmission(tx: DbOrTx, opts: { hotelId: string; kind: BookingAuditKind; key: string }): Promise<BookingEvent | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`idem:${opts.kind}:${opts.key}`}))`);
  const [prior] = await tx
    .select()
    .from(bookingEvents)
    .where(and(eq(bookingEvents.hotelId, opts.hotelId), eq(bookingEvents.kind, opts.kind), sql`${bookingEvents.details}->>'idempotencyKey' = ${opts.key}`))
    .limit(1);
  return prior ?? null;
}
