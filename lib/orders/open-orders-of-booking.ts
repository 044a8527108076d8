import { and, asc, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders, type OrderStatus, type OrderType } from "@/lib/db/schema";

export type OpenOrderSummary = { id: string; type: OrderType; status: OrderStatus; created_at: string; delivery_date: string | null; time_slot: string | null };

/** The booking's orders not yet delivered or cancelled, oldest first: what the desk should know while talking to the guest. */
export async function openOrdersSummary(db: DbOrTx, opts: { hotelId: string; bookingId: string }): Promise<OpenOrderSummary[]> {
  const rows = await db
    .select({ id: orders.id, type: orders.type, status: orders.status, createdAt: orders.createdAt, deliveryDate: orders.deliveryDate, timeSlot: orders.timeSlot })
    .from(orders)
    .where(and(eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId), notInArray(orders.status, ["DELIVERED", "CANCELLED"])))
    .orderBy(asc(orders.createdAt), asc(orders.id));
  return rows.map((r) => ({ id: r.id, type: r.type, status: r.status, created_at: r.createdAt.toISOString(), delivery_date: r.deliveryDate, time_slot: r.timeSlot }));
}
