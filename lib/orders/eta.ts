import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { QUEUED_STATUSES } from "./transitions";

/** Minutes each open room-service order ahead adds to a new order's promise. */
export const QUEUE_MINUTES_PER_ORDER = 5;

/** ETA rule: the slowest line's preparation minutes plus a few minutes per open order ahead in the hotel. */
export function etaMinutes(prepMinutes: number, ordersAhead: number): number {
  return prepMinutes + QUEUE_MINUTES_PER_ORDER * ordersAhead;
}

/**
 * At most this many of one booking's orders count in the queue ahead: a single guest's flood must
 * not move every other guest's promise by hours.
 */
export const QUEUE_ORDERS_COUNTED_PER_BOOKING = 2;

const OPEN_STATUSES = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"] as const;

/**
 * In one statement, over the hotel's open room-service orders: `queueAhead`, the orders the kitchen
 * has not finished yet (PENDING, ACCEPTED, PREPARING), each booking counting at most
 * QUEUE_ORDERS_COUNTED_PER_BOOKING; and `openOfBooking`, this booking's orders not yet delivered or
 * cancelled (the open-order cap counts these).
 */
export async function roomServiceCounts(db: DbOrTx, hotelId: string, bookingId: string): Promise<{ queueAhead: number; openOfBooking: number }> {
  const queued = sql.join(QUEUED_STATUSES.map((s) => sql`${s}`), sql`, `);
  const perBooking = db
    .select({
      bookingId: orders.bookingId,
      queued: sql<number>`count(*) filter (where ${orders.status} in (${queued}))`.as("queued"),
      open: count().as("open"),
    })
    .from(orders)
    .where(and(eq(orders.hotelId, hotelId), eq(orders.type, "ROOM_SERVICE"), inArray(orders.status, [...OPEN_STATUSES])))
    .groupBy(orders.bookingId)
    .as("per_booking");
  const [row] = await db
    .select({
      queueAhead: sql<string>`coalesce(sum(least(${perBooking.queued}, ${QUEUE_ORDERS_COUNTED_PER_BOOKING})), 0)`,
      openOfBooking: sql<string>`coalesce(sum(${perBooking.open}) filter (where ${perBooking.bookingId} = ${bookingId}), 0)`,
    })
    .from(perBooking);
  return { queueAhead: Number(row?.queueAhead ?? 0), openOfBooking: Number(row?.openOfBooking ?? 0) };
}
