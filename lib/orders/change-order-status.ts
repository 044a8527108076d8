import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { bookings, hotels, orders, type Order, type OrderStatus, type StaffRole } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { assertGuestMayActOnOrders } from "./guest-order-rule";
import { orderStatusChanged, orderUpdated } from "./order-events";
import { ORDER_ROLES } from "./order-roles";
import { canRenewEta, canTransition } from "./transitions";

export type StatusActor =
  | { kind: "GUEST"; hotelId: string; bookingId: string }
  | { kind: "STAFF"; hotelId: string; staffId: string; role: StaffRole };

/** `from`: the status the caller saw; when given, the move applies only if the order is still in it. */
export type StatusChange = { orderId: string; status: OrderStatus; from?: OrderStatus; reason?: string | null; etaMinutes?: number | null; now?: Date };

export const GUEST_CANCEL_REASON = "Cancelled by guest";

/**
 * Moves an order along its lifecycle (lib/orders/transitions.ts) for a guest (cancel while
 * PENDING and before check-out) or staff (any allowed move; a reason to cancel). Another hotel's or booking's order is
 * NOT_FOUND; a move the lifecycle forbids is 409 INVALID_TRANSITION. Accepting may give a new ETA,
 * and staff may renew the ETA of an order under way (status = the order's status, with etaMinutes):
 * a late order's guest then sees the new time. The promise the guest first saw stays in
 * promised_at. Records `order.status_changed` (a renewal: `order.updated`) on the guest's and the
 * staff channel in the same transaction.
 */
export async function changeOrderStatus(actor: StatusActor, change: StatusChange): Promise<Order> {
  if (actor.kind === "STAFF" && !(ORDER_ROLES as readonly StaffRole[]).includes(actor.role)) throw new AppError("FORBIDDEN", "Your role does not allow this");
  const reason = change.reason?.trim() || null;
  if (actor.kind === "STAFF" && change.status === "CANCELLED" && !reason) {
    throw new AppError("VALIDATION_ERROR", "Give a reason the guest will see", { reason: ["Give a reason the guest will see"] });
  }
  if (change.etaMinutes != null && (actor.kind !== "STAFF" || !canRenewEta(change.status))) throw etaRefused();
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
    // The same status with a new time: a renewal (only staff get this far with a time).
    if (actor.kind === "STAFF" && to === from && change.etaMinutes != null) return renewEta(tx, row, change.etaMinutes, actor, now);
    // A new time with a move is given only when accepting (thrown here, before anything is written).
    if (change.etaMinutes != null && to !== "ACCEPTED") throw etaRefused();
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
    // A recall keeps ready_at: it is how the guest's view knows the order was ready and never
    // shows it stepping back (lib/orders/guest-status.ts); staff views hide it below READY.
    if (to === "READY") set.readyAt = now;
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


function etaRefused() {
  const message = "A new time can be given when accepting, or to an order under way without moving it";
  return new AppError("VALIDATION_ERROR", message, { eta_minutes: [message] });
}

type LockedOrder = { order: Order; bookingRef: string; hotelSlug: string };

/** A new expected time for an order under way, its status unchanged; the row is locked by the caller. */
async function renewEta(tx: Tx, row: LockedOrder, etaMinutes: number, actor: Extract<StatusActor, { kind: "STAFF" }>, now: Date): Promise<Order> {
  const set: Partial<Order> = { etaAt: new Date(now.getTime() + etaMinutes * 60_000), lastStaffId: actor.staffId };
  // guestFacingStatus reads an ACCEPTED order changed after its acceptance as recalled from
  // PREPARING; a renewal is not a step, so it leaves updated_at alone there.
  if (row.order.status !== "ACCEPTED") set.updatedAt = now;
  const [updated] = await tx.update(orders).set(set).where(eq(orders.id, row.order.id)).returning();
  if (!updated) throw new Error("order update returned nothing");
  await recordEvents(tx, [orderUpdated(updated, { bookingRef: row.bookingRef, hotelSlug: row.hotelSlug })]);
  return updated;
}
