import type { OrderStatus } from "@/lib/db/schema";

// The order lifecycle. Forward one step at a time; READY may go back to PREPARING (the kitchen's
// recall); nothing leaves DELIVERED or CANCELLED. Guests may cancel only while PENDING; staff any
// time before DELIVERED, with a reason the guest sees.

export const ORDER_STATUSES = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED", "CANCELLED"] as const satisfies readonly OrderStatus[];

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["ACCEPTED", "CANCELLED"],
  ACCEPTED: ["PREPARING", "CANCELLED"],
  PREPARING: ["READY", "CANCELLED"],
  READY: ["DELIVERING", "PREPARING", "CANCELLED"],
  DELIVERING: ["DELIVERED", "CANCELLED"],
  DELIVERED: [],
  CANCELLED: [],
};

export type OrderActor = "GUEST" | "STAFF";

export function canTransition(from: OrderStatus, to: OrderStatus, actor: OrderActor): boolean {
  if (actor === "GUEST") return from === "PENDING" && to === "CANCELLED";
  return NEXT[from].includes(to);
}

/** The next forward step (the kitchen's "bump"), or null at the end. */
export function nextStatus(from: OrderStatus): OrderStatus | null {
  return NEXT[from].find((s) => s !== "CANCELLED" && ORDER_STATUSES.indexOf(s) > ORDER_STATUSES.indexOf(from)) ?? null;
}

export const isOpenStatus = (s: OrderStatus) => s !== "DELIVERED" && s !== "CANCELLED";
