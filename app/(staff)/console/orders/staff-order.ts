import type { AllergyAlert } from "@/lib/orders/allergies";
import { labelledLines, type LabelledLine } from "@/lib/orders/line-labels";
import { orderHead } from "@/lib/orders/order-head";
import type { StaffOrderView } from "@/lib/orders/order-view";

// A queue row: the server's StaffOrderView (GET /api/console/orders), cut to what the console shows.

export type StaffOrder = {
  id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: string;
  room: string | null;
  guest: string | null;
  booking: string | null;
  via: string | null;
  total: string | null;
  currency: string | null;
  created_at: string | null;
  eta: string | null;
  /** From the server's lateness rule (lateAt in lib/orders/lateness.ts). */
  late_at: string | null;
  delivery_date: string | null;
  time_slot: string | null;
  guests: number | null;
  notes: string | null;
  allergy: AllergyAlert | null;
  cancel_reason: string | null;
  lines: LabelledLine[];
};

export function toStaffOrder(o: StaffOrderView): StaffOrder {
  return {
    ...orderHead(o),
    booking: o.booking_ref,
    via: o.placed_via ? (o.placed_via.label ?? o.placed_via.purpose) : null,
    total: o.total,
    currency: o.currency,
    created_at: o.created_at,
    eta: o.estimated_delivery,
    late_at: o.late_at,
    delivery_date: o.delivery_date,
    time_slot: o.time_slot,
    guests: o.guests,
    notes: o.notes || null,
    allergy: o.allergy_alert,
    cancel_reason: o.cancel_reason,
    lines: labelledLines(o.lines),
  };
}

/** The answer of GET /api/console/orders. */
export type StaffOrderPage = { orders: StaffOrderView[]; next_cursor: string | null };
export const toStaffOrders = (body: Pick<StaffOrderPage, "orders">): StaffOrder[] => body.orders.map(toStaffOrder);

export const ADVANCE_TEXT: Record<string, string> = {
  PREPARING: "Start preparing",
  READY: "Mark ready",
  DELIVERING: "Out for delivery",
  DELIVERED: "Mark delivered",
};
