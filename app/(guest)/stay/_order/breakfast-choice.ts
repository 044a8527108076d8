import type { BreakfastSlotsView } from "@/lib/orders/breakfast/slots-view";

export type BreakfastChoice = { delivery_date: string; time_slot: string; guests: number };

/** What GET …/breakfast/slots/ says: the stay's mornings, slot times and party size; with `?date=`, the seats of that morning too. */
export type SlotsInfo = BreakfastSlotsView & { slots?: { time_slot: string; available: boolean; remaining: number | null }[]; existing_order_id?: string | null };

/** The form's start for a stay: no morning picked (the server's next free one shows), the first slot, the whole party. */
export function initialChoice(info: SlotsInfo): BreakfastChoice {
  return { delivery_date: "", time_slot: info.time_slots[0] ?? "", guests: Math.max(1, info.max_guests) };
}

/** The morning to show: the guest's pick while it is still open, else the server's next free morning. */
export function morningFor(info: SlotsInfo, picked: string): string {
  if (picked && info.mornings.some((m) => m.date === picked && m.open)) return picked;
  return info.next_free_morning ?? info.mornings.find((m) => m.open)?.date ?? "";
}

/** The chosen morning's own breakfast order, when it has one: changeable (PENDING, before the cut-off) or not. */
export function existingFor(info: SlotsInfo, date: string): { order_id: string; can_change: boolean } | null {
  const m = info.mornings.find((x) => x.date === date);
  return m?.order_id ? { order_id: m.order_id, can_change: m.can_change } : null;
}
