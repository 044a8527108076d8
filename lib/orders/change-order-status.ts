import { and, eq } from "drizzle-orm";
import { bookings, hotels, orders, type Order, type OrderStatus, type StaffRole } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { assertGuestMayActOnOrders } from "./guest-order-rule";
import { orderStatusChanged } from "./order-events";
import { ORDER_ROLES } from "./order-roles";
import { canTransition } from "./transitions";

export type StatusActor =
  | { kind: "GUEST"; hotelId: string; bookingId: string }
  | { kind: "STAFF"; hotelId: string; staffId: string; role: StaffRole };

/** `from`: the status the caller saw; when given, the move applies only if the order is still in it. */
export type StatusChange = { orderId: string; status: OrderStatus; from?: OrderStatus; reason?: string | null; etaMinutes?: number | null; now?: Date };

export const GUEST_CANCEL_REASON = "Cancelled by guest";

/**
 * Moves an order along its lifecycle (lib/orders/transitions.ts) for a guest (cancel while
 * PENDING and before check-out) or staff (any allowed move; a reason to cancel). Another hotel's or booking's order is
 * NOT_FOUND; a move the lifecycle forbids is 409 INVALID_TRANSITION. Accepting may give a new ETA;
 * the promise the guest first saw stays in promised_at. Records `order.status_changed` on the
 * guest's and the staff channel in the same transaction.
 */
export async function changeOrderStatus(actor: StatusActor, change: StatusChange): Promise<Order> {
  if (actor.kind === "STAFF" && !(ORDER_ROLES as readonly StaffRole[]).includes(actor.role)) throw new AppError("FORBIDDEN", "Your role does not allow this");
  const reason = change.reason?.trim() || null;
  if (actor.kind === "STAFF" && change.status === "CANCELLED" && !reason) {
    throw new AppError("VALIDATION_ERROR", "Give a reason the guest will see", { reason: ["Give a reason the guest will see"] });
  }
  if (change.etaMinutes != null && change.status !== "ACCEPTED") {
    throw new AppError("VALIDATION_ERROR", "A new time can only be given when accepting", { eta_minutes: ["A new time can only be given when accepting"] });
  }
  const now = change.now ?? new Date();
  return transaction(async (tx) => {
    // Row lock: two staff (or staff and the guest) moving the same order are serialised, and the
    // second sees the first's status.
    const [row] = await tx
      .select({ order: orders, bookingRef: bookings.reference, hotelSlug: hotels.slug, booking: { status: bookings.status, checkedInAt: bookings.checkedInAt, checkedOutAt: bookings.checkedOutAt } })
      .from(orders)
      .innerJoin(bookings, eq(bookings.id, orders.bookingId))
      .innerJoin(hotels, eq(hotels.id, orders.hotelId))
      .where(and(eq(orders.id, change.orderId), eq(orders.hotelId, actor.hotelId), actor.kind === "GUEST" ? eq(orders.bookingId, actor.bookingId) : undefined))
      .for("update", { of: orders });
    if (!row) throw new AppError("NOT_FOUND", "Order not found");
    // The booking as committed now, not the token's snapshot: a check-out ends the guest's say.
    if (actor.kind === "GUEST") assertGuestMayActOnOrders(row.booking);
    const from = row.order.status;
    const to = change.status;
    // With forward skips allowed, a stale screen's move from a status the order has left (another
    // tablet's recall, a skip) would jump steps; it must reload instead.
    if (change.from && change.from !== from) throw new AppError("STATUS_CHANGED", `This order is now ${from.toLowerCase()}; reload and try again`);
    if (!canTransition(from, to, actor.kind)) {
      const message = actor.kind === "GUEST" ? "This order can no longer be cancelled" : `An order that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}`;
      throw new AppError("INVALID_TRANSITION", message);
    }
    const set: Partial<Order> & { updatedAt: Date } = { status: to, updatedAt: now };
    if (actor.kind === "STAFF") set.lastStaffId = actor.staffId;
    if (to === "ACCEPTED") {
      set.acceptedAt = row.order.acceptedAt ?? now;
      if (change.etaMinutes != null) set.etaAt = new Date(now.getTime() + change.etaMinutes * 60_000);
    }
    if (to === "READY") set.readyAt = now;
    // A recall takes the order back: its "ready" time no longer holds.
    if (from === "READY" && to === "PREPARING") set.readyAt = null;
    if (to === "DELIVERED") set.deliveredAt = now;
    if (to === "CANCELLED") {
      set.cancelledAt = now;
      set.cancelledBy = actor.kind;
      set.cancelReason = actor.kind === "GUEST" ? (reason ?? GUEST_CANCEL_REASON) : reason;
    }
    const [updated] = await tx.update(orders).set(set).where(eq(orders.id, row.order.id)).returning();
    if (!updated) throw new Error("order update returned nothing");
    await recordEvents(tx, [orderStatusChanged(updated, from, { bookingRef: row.bookingRef, hotelSlug: row.hotelSlug })]);
    return updated;
  });
}

