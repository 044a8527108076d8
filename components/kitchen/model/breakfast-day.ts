import type { breakfastListForDate } from "@/lib/orders/breakfast/views";
import { toKitchenOrder, type KitchenOrder } from "./ticket";

// GET /api/console/breakfast?date= as the kitchen reads it: tickets per slot and the morning's
// all-day counts per item and option, both computed by the server (lib/orders/breakfast/views.ts).

export type BreakfastList = Awaited<ReturnType<typeof breakfastListForDate>>;
export type BreakfastSlot = { slot: string; guests: number; orders: KitchenOrder[] };
export type PrepCount = { name: string; quantity: number; options: { label: string; quantity: number }[] };
export type BreakfastDay = { slots: BreakfastSlot[]; counts: PrepCount[]; orders: KitchenOrder[] };

export function breakfastDay(list: BreakfastList | null): BreakfastDay {
  if (!list) return { slots: [], counts: [], orders: [] };
  const slots = list.slots.map((s) => ({ slot: s.time_slot, guests: s.guests, orders: s.orders.map(toKitchenOrder) }));
  return {
    slots,
    counts: list.counts.map((c) => ({ name: c.name, quantity: c.quantity, options: c.options.map((o) => ({ label: o.name, quantity: o.quantity })) })),
    orders: slots.flatMap((s) => s.orders),
  };
}
