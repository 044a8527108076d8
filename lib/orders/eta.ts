import { and, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { QUEUED_STATUSES } from "./transitions";

/** Minutes each open room-service order ahead adds to a new order's promise. */
export const QUEUE_MINUTES_PER_ORDER = 5;

/** ETA rule: the slowest line's preparation minutes plus a few minutes per open order ahead in the hotel. */
export function etaMinutes(prepMinutes: number, ordersAhead: number): number {
  return prepMinutes + QUEUE_MINUTES_PER_ORDER * ordersAhead;
}

/** Room-service orders of the hotel the kitchen has not finished yet (PENDING, ACCEPTED, PREPARING). */
export async function openQueueAhead(db: DbOrTx, hotelId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.hotelId, hotelId), eq(orders.type, "ROOM_SERVICE"), inArray(orders.status, [...QUEUED_STATUSES])));
  return Number(row?.n ?? 0);
}
