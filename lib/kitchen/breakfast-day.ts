import { z } from "zod";
import { parseOrders, type KitchenOrder } from "./ticket";

// GET /api/console/breakfast?date= as the kitchen reads it: tickets per slot and the morning's
// all-day counts per item and option, both computed by the server (lib/orders/breakfast/views.ts).

const daySchema = z.object({
  slots: z.array(z.object({ time_slot: z.string(), guests: z.number().int(), orders: z.array(z.record(z.string(), z.unknown())) })).default([]),
  counts: z
    .array(z.object({ name: z.string(), quantity: z.number().int(), options: z.array(z.object({ name: z.string(), quantity: z.number().int() })).default([]) }))
    .default([]),
});

export type BreakfastSlot = { slot: string; guests: number; orders: KitchenOrder[] };
export type PrepCount = { name: string; quantity: number; options: { label: string; quantity: number }[] };
export type BreakfastDay = { slots: BreakfastSlot[]; counts: PrepCount[]; orders: KitchenOrder[] };

export function parseBreakfastDay(raw: unknown): BreakfastDay {
  const day = daySchema.safeParse(raw).data ?? { slots: [], counts: [] };
  const slots = day.slots.map((s) => ({
    slot: s.time_slot,
    guests: s.guests,
    // The list's entries leave out what the slot already says.
    orders: parseOrders(s.orders.map((o) => ({ type: "BREAKFAST", time_slot: s.time_slot, ...o }))),
  }));
  return {
    slots,
    counts: day.counts.map((c) => ({ name: c.name, quantity: c.quantity, options: c.options.map((o) => ({ label: o.name, quantity: o.quantity })) })),
    orders: slots.flatMap((s) => s.orders),
  };
}
