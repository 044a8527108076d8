import type { KitchenOrder } from "./ticket";

// All-day prep counts for a breakfast date: "12 × Scrambled eggs", and per option "3 × No bacon".

export type PrepCount = { name: string; quantity: number; options: { label: string; quantity: number }[] };

export function breakfastCounts(orders: readonly KitchenOrder[]): PrepCount[] {
  const items = new Map<string, { quantity: number; options: Map<string, number> }>();
  for (const o of orders) {
    if (o.status === "CANCELLED") continue;
    for (const line of o.lines) {
      const item = items.get(line.name) ?? { quantity: 0, options: new Map<string, number>() };
      item.quantity += line.quantity;
      for (const label of line.options) item.options.set(label, (item.options.get(label) ?? 0) + line.quantity);
      items.set(line.name, item);
    }
  }
  return [...items.entries()]
    .map(([name, v]) => ({ name, quantity: v.quantity, options: [...v.options.entries()].map(([label, quantity]) => ({ label, quantity })).sort(byCount) }))
    .sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name));
}

function byCount(a: { label: string; quantity: number }, b: { label: string; quantity: number }) {
  return b.quantity - a.quantity || a.label.localeCompare(b.label);
}

/** Tickets grouped by slot ("07:30"), slots in time order. */
export function ticketsBySlot(orders: readonly KitchenOrder[]): { slot: string; orders: KitchenOrder[] }[] {
  const slots = new Map<string, KitchenOrder[]>();
  for (const o of orders) {
    if (o.status === "CANCELLED") continue;
    const slot = o.timeSlot ?? "—";
    slots.set(slot, [...(slots.get(slot) ?? []), o]);
  }
  return [...slots.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([slot, list]) => ({ slot, orders: list.sort((a, b) => (a.room ?? "").localeCompare(b.room ?? "")) }));
}
