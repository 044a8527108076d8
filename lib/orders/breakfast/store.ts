import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/lib/db/client";
import { orders, type Order } from "@/lib/db/schema";

// Shared reads and writes of the breakfast use cases, always inside the caller's transaction.

/**
 * Serialises every breakfast write for one hotel and morning (place, change, cancel), so the
 * seat count read next is final until commit: parallel requests for the last seat of a slot get
 * one yes and one "slot full". A transaction-scoped advisory lock: no row to create, released at
 * commit or rollback.
 */
export async function lockMorning(tx: Tx, hotelId: string, date: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`breakfast:${hotelId}:${date}`}))`);
}

/** Seats (guests) taken per slot by live breakfast orders, optionally leaving one order out. */
export async function seatsTaken(db: DbOrTx, hotelId: string, date: string, exceptOrderId?: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ slot: orders.timeSlot, seats: sql<number>`coalesce(sum(${orders.guests}), 0)::int` })
    .from(orders)
    .where(
      and(
        eq(orders.hotelId, hotelId),
        eq(orders.type, "BREAKFAST"),
        eq(orders.deliveryDate, date),
        ne(orders.status, "CANCELLED"),
        exceptOrderId ? ne(orders.id, exceptOrderId) : undefined,
      ),
    )
    .groupBy(orders.timeSlot);
  return new Map(rows.filter((r) => r.slot).map((r) => [r.slot!, Number(r.seats)]));
}

export async function liveOrderFor(db: DbOrTx, bookingId: string, date: string): Promise<Order | null> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.bookingId, bookingId), eq(orders.type, "BREAKFAST"), eq(orders.deliveryDate, date), ne(orders.status, "CANCELLED")))
    .limit(1);
  return row ?? null;
}

/** This booking's breakfast order, row-locked for a change; null when it is not this booking's. */
export async function lockGuestOrder(tx: Tx, bookingId: string, orderId: string): Promise<Order | null> {
  const [row] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.bookingId, bookingId), eq(orders.type, "BREAKFAST")))
    .for("update");
  return row ?? null;
}
