import { toStaffOrders, type StaffOrder } from "../orders/staff-order";

// The breakfast list for one date, read leniently from GET /api/console/breakfast?date=: the
// server's per-slot counts when it sends them, else counted here from the orders it lists.

export type ItemCount = { name: string; quantity: number };
export type SlotList = { slot: string; guests: number; items: ItemCount[]; orders: StaffOrder[] };
export type BreakfastDay = { slots: SlotList[]; totals: ItemCount[]; guests: number; orderCount: number };

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (v && typeof v === "object" ? (v as Raw) : {});

function countsOf(v: unknown): ItemCount[] | null {
  if (!Array.isArray(v)) return null;
  return v
    .map((x) => ({ name: String(obj(x).name ?? obj(x).item_name ?? ""), quantity: Number(obj(x).quantity ?? obj(x).count ?? 0) }))
    .filter((c) => c.name && Number.isFinite(c.quantity));
}

function count(orders: StaffOrder[]): ItemCount[] {
  const m = new Map<string, number>();
  for (const o of orders) for (const l of o.lines) m.set(l.name, (m.get(l.name) ?? 0) + l.quantity);
  return [...m.entries()].map(([name, quantity]) => ({ name, quantity })).sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name));
}

export function toBreakfastDay(body: unknown): BreakfastDay {
  const b = obj(body);
  const live = (o: StaffOrder) => o.status !== "CANCELLED";
  let slots: SlotList[];
  if (Array.isArray(b.slots)) {
    slots = (b.slots as unknown[]).map((s) => {
      const r = obj(s);
      const orders = toStaffOrders({ orders: r.orders }).filter(live);
      return {
        slot: String(r.time_slot ?? r.slot ?? ""),
        guests: typeof r.guests === "number" ? r.guests : orders.reduce((n, o) => n + (o.guests ?? 0), 0),
        items: countsOf(r.items) ?? countsOf(r.counts) ?? count(orders),
        orders,
      };
    });
  } else {
    const orders = toStaffOrders(b).filter(live);
    const bySlot = new Map<string, StaffOrder[]>();
    for (const o of orders) bySlot.set(o.time_slot ?? "—", [...(bySlot.get(o.time_slot ?? "—") ?? []), o]);
    slots = [...bySlot.entries()].map(([slot, os]) => ({ slot, guests: os.reduce((n, o) => n + (o.guests ?? 0), 0), items: count(os), orders: os }));
  }
  slots.sort((a, z) => a.slot.localeCompare(z.slot));
  const totals = countsOf(b.totals) ?? countsOf(b.items) ?? mergeCounts(slots.map((s) => s.items));
  return { slots, totals, guests: slots.reduce((n, s) => n + s.guests, 0), orderCount: slots.reduce((n, s) => n + s.orders.length, 0) };
}

function mergeCounts(lists: ItemCount[][]): ItemCount[] {
  const m = new Map<string, number>();
  for (const l of lists) for (const c of l) m.set(c.name, (m.get(c.name) ?? 0) + c.quantity);
  return [...m.entries()].map(([name, quantity]) => ({ name, quantity })).sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name));
}
