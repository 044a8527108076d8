import { and, eq, gt, inArray, notInArray } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { recordEvents } from "@/lib/realtime/outbox";
import { orderStatusChanged } from "./order-events";

export type BookingOrdersScope = { hotelId: string; hotelSlug: string; bookingId: string; bookingRef: string; staffId: string | null };

export const BOOKING_CANCELLED_REASON = "Booking cancelled";
export const CHECKED_OUT_REASON = "Checked out before this morning";

/**
 * Cancels, inside the caller's booking transaction, the booking's open orders that `which` selects,
 * as a staff cancel does (reason, cancelled_by STAFF, `order.status_changed` to the guest and the
 * staff/kitchen channels through the outbox), so they leave the kitchen's list and free their
 * breakfast seats. Returns how many it cancelled.
 */
export async function cancelBookingOrdersInTx(
  tx: Tx,
  scope: BookingOrdersScope,
  which: { all: true } | { breakfastAfter: string },
  reason: string,
  now: Date,
): Promise<number> {
  const open = and(eq(orders.hotelId, scope.hotelId), eq(orders.bookingId, scope.bookingId), notInArray(orders.status, ["DELIVERED", "CANCELLED"]));
  const filter = "all" in which ? open : and(open, eq(orders.type, "BREAKFAST"), gt(orders.deliveryDate, which.breakfastAfter));
  const rows = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(filter).for("update");
  if (rows.length === 0) return 0;
  const updated = await tx
    .update(orders)
    .set({ status: "CANCELLED", cancelledAt: now, cancelledBy: "STAFF", cancelReason: reason, lastStaffId: scope.staffId, updatedAt: now })
    .where(inArray(orders.id, rows.map((r) => r.id)))
    .returning();
  const previous = new Map(rows.map((r) => [r.id, r.status]));
  await recordEvents(tx, updated.map((o) => orderStatusChanged(o, previous.get(o.id)!, { bookingRef: scope.bookingRef, hotelSlug: scope.hotelSlug })));
  return updated.length;
}
