import type { BreakfastList } from "@/components/kitchen/model/breakfast-day";
import { toStaffOrders, type StaffOrder } from "../orders/staff-order";

// The breakfast list for one date, from GET /api/console/breakfast?date= (the server's slots, with
// their orders and counts, and the morning's counts: nothing is counted here).

export type ItemCount = { name: string; quantity: number };
export type SlotList = { slot: string; guests: number; items: ItemCount[]; orders: StaffOrder[] };
export type BreakfastDay = { slots: SlotList[]; totals: ItemCount[]; guests: number; orderCount: number };

export function toBreakfastDay(list: BreakfastList): BreakfastDay {
  return {
    slots: list.slots.map((s) => ({ slot: s.time_slot, guests: s.guests, items: s.counts.map(({ name, quantity }) => ({ name, quantity })), orders: toStaffOrders(s) })),
    totals: list.counts.map(({ name, quantity }) => ({ name, quantity })),
    guests: list.guests_total,
    orderCount: list.orders_count,
  };
}
