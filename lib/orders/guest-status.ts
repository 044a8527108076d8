import type { Order, OrderStatus } from "@/lib/db/schema";

// What the guest is told about an order never steps back: a kitchen recall (PREPARING → ACCEPTED,
// READY → PREPARING) is the kitchen's business, and "your order is being prepared" after "ready"
// would be untrue from the guest's side (their food is still coming). So the guest sees the
// furthest status the order has reached.

const PATH: readonly OrderStatus[] = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"];

type StatusFields = Pick<Order, "status" | "acceptedAt" | "readyAt" | "updatedAt">;

/**
 * The furthest status reached: READY once ready_at was set (a recall keeps it); PREPARING for an
 * ACCEPTED order changed after it was accepted (the only such change is a recall from PREPARING).
 */
export function guestFacingStatus(o: StatusFields): OrderStatus {
  if (o.status === "CANCELLED" || o.status === "PENDING") return o.status;
  let at = PATH.indexOf(o.status);
  if (o.readyAt) at = Math.max(at, PATH.indexOf("READY"));
  if (o.status === "ACCEPTED" && o.acceptedAt && o.updatedAt.getTime() > o.acceptedAt.getTime()) at = Math.max(at, PATH.indexOf("PREPARING"));
  return PATH[at]!;
}

/** A move back along the path (READY → PREPARING, PREPARING → ACCEPTED): a kitchen recall. */
export const isRecall = (from: OrderStatus, to: OrderStatus) => PATH.includes(from) && PATH.includes(to) && PATH.indexOf(to) < PATH.indexOf(from);

/** Whether the status has reached READY (ready_at means "ready now" to staff only from READY on). */
export const isReadyOrLater = (s: OrderStatus) => PATH.indexOf(s) >= PATH.indexOf("READY");
