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

/**
 * Room-service orders of the hotel the kitchen has not finished yet (PENDING, ACCEPTED, PREPARING),
 * each booking counting at most QUEUE_ORDERS_COUNTED_PER_BOOKING.
 */
export async function openQueueAhead(db: DbOrTx, hotelId: string): Promise<number> {
  const perBooking = db
    .select({ n: sql<number>`least(count(*), ${QUEUE_ORDERS_COUNTED_PER_BOOKING})`.as("n") })
    .from(orders)
    .where(and(eq(orders.hotelId, hotelId), eq(orders.type, "ROOM_SERVICE"), inArray(orders.status, [...QUEUED_STATUSES])))
    .groupBy(orders.bookingId)
    .as("per_booking");
  const [row] = await db.select({ n: sql<string>`coalesce(sum(${perBooking.n}), 0)` }).from(perBooking);
  return Number(row?.n ?? 0);
}

/** The booking's room-service orders not yet delivered or cancelled (the open-order cap counts these). */
export async function openOrdersOfBooking(db: DbOrTx, hotelId: string, bookingId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.hotelId, hotelId), eq(orders.bookingId, bookingId), eq(orders.type, "ROOM_SERVICE"), inArray(orders.status, ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"])))
  return Number(row?.n ?? 0);
}
