import type { OrderStatus, OrderType } from "@/lib/db/schema";

// How late an order is: one rule, computed by the server (the staff order views send it as
// `late_at`) and read by every screen on its own ticking clock.

/** Statuses an order has while the kitchen still owes it (the board's columns). */
const IN_THE_KITCHEN: readonly OrderStatus[] = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"];

export function ageMinutes(createdAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(createdAt)) / 60_000));
}

/**
 * The one lateness rule, owned by the server (the order views send it as `late_at`) and read by
 * every screen: an order still in the kitchen is late from its promise to the guest or, for room
 * service, once it is as old as the hotel's late threshold (the kitchen's red age timer), whichever
 * comes first. Breakfast is ordered the day before, so only its promise counts. Null: never late.
 */
export function lateAt(
  order: { type: OrderType; status: OrderStatus; createdAt: string | null; etaAt: string | null },
  t: { lateMinutes: number },
): string | null {
  if (!IN_THE_KITCHEN.includes(order.status)) return null;
  const times = [
    order.etaAt ? Date.parse(order.etaAt) : NaN,
    order.type === "ROOM_SERVICE" && order.createdAt ? Date.parse(order.createdAt) + t.lateMinutes * 60_000 : NaN,
  ].filter((n) => Number.isFinite(n));
  return times.length ? new Date(Math.min(...times)).toISOString() : null;
}

/** Whether an order is late now, by its server-given `late_at`. */
export const isLate = (lateAtIso: string | null, now: number): boolean => lateAtIso !== null && now >= Date.parse(lateAtIso);

