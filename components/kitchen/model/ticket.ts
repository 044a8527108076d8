import type { AllergyAlert } from "@/lib/orders/allergies";
import { labelledLines, type LabelledLine } from "@/lib/orders/line-labels";
import { orderHead } from "@/lib/orders/order-head";
import type { StaffOrderView } from "@/lib/orders/order-view";

// The kitchen's view of an order: the staff order view (GET /api/console/orders, /orders/{id} and
// the breakfast list, all StaffOrderView from lib/orders/order-view.ts), cut to what the screen
// shows. KITCHEN never receives guest contact details.

export type KitchenOrder = {
  id: string;
  type: StaffOrderView["type"];
  status: StaffOrderView["status"];
  room: string | null;
  guest: string | null;
  createdAt: string | null;
  /** The current promise: staff may renew it on accepting; the first one stays in promised_at. */
  etaAt: string | null;
  /** From the server's lateness rule (late_at); null when the order cannot be late. */
  lateAt: string | null;
  notes: string | null;
  allergy: AllergyAlert | null;
  cancelReason: string | null;
  deliveryDate: string | null;
  timeSlot: string | null;
  guests: number | null;
  lines: LabelledLine[];
};

export function toKitchenOrder(o: StaffOrderView): KitchenOrder {
  return {
    ...orderHead(o),
    createdAt: o.created_at,
    etaAt: o.estimated_delivery,
    lateAt: o.late_at,
    notes: o.notes || null,
    allergy: o.allergy_alert,
    cancelReason: o.cancel_reason,
    deliveryDate: o.delivery_date,
    timeSlot: o.time_slot,
    guests: o.guests,
    lines: labelledLines(o.lines),
  };
}

/** The answer of GET /api/console/orders (a page of staff order views). */
export type StaffOrderList = { orders: StaffOrderView[] };
export const kitchenOrders = (body: StaffOrderList): KitchenOrder[] => body.orders.map(toKitchenOrder);
