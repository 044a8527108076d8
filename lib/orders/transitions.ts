import type { OrderStatus } from "@/lib/db/schema";

// The order lifecycle (issue 13): PENDING → ACCEPTED → PREPARING → READY → DELIVERING → DELIVERED,
// or CANCELLED. Forward moves may skip steps; a single step back is allowed from PREPARING or READY
// (the kitchen's recall); nothing leaves DELIVERED or CANCELLED. Guests may cancel only while
// PENDING; staff any time before DELIVERED, with a reason the guest sees.

export const ORDER_STATUSES = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED", "CANCELLED"] as const satisfies readonly OrderStatus[];

/** The forward path, in order (CANCELLED is off it). */
const PATH: readonly OrderStatus[] = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"];
const RECALL: Partial<Record<OrderStatus, OrderStatus>> = { PREPARING: "ACCEPTED", READY: "PREPARING" };

export type OrderActor = "GUEST" | "STAFF";

export function canTransition(from: OrderStatus, to: OrderStatus, actor: OrderActor): boolean {
  if (actor === "GUEST") return from === "PENDING" && to === "CANCELLED";
  if (!isOpenStatus(from)) return false;
  if (to === "CANCELLED") return true;
  if (RECALL[from] === to) return true;
  return PATH.indexOf(to) > PATH.indexOf(from);
}

/** The next forward status (the kitchen's "bump"), or null at the end. */
export function nextStatus(from: OrderStatus): OrderStatus | null {
  if (!isOpenStatus(from)) return null;
  return PATH[PATH.indexOf(from) + 1] ?? null;
}

/** The status a recall goes back to, or null when none is allowed. */
export function recallStatus(from: OrderStatus): OrderStatus | null {
  return RECALL[from] ?? null;
}

/**
 * Statuses whose expected time staff may give: accepting, or renewing the time of an order under
 * way (a late one's guest sees the new time). A PENDING order gets its time by being accepted.
 */
export const ETA_STATUSES = ["ACCEPTED", "PREPARING", "READY", "DELIVERING"] as const satisfies readonly OrderStatus[];
/** The furthest a new expected time may be, in minutes from now (the console's field and the API). */
export const MAX_ETA_MINUTES = 240;
export const canRenewEta = (s: OrderStatus) => (ETA_STATUSES as readonly OrderStatus[]).includes(s);

export const isOpenStatus = (s: OrderStatus) => s !== "DELIVERED" && s !== "CANCELLED";

/** Open statuses in which the kitchen still has work to do ahead of a new order (for the ETA). */
export const QUEUED_STATUSES = ["PENDING", "ACCEPTED", "PREPARING"] as const satisfies readonly OrderStatus[];
