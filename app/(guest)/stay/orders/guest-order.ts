import type { AllergyAlert } from "@/lib/orders/allergies";
import { labelledLines, type LabelledLine } from "@/lib/orders/line-labels";
import type { GuestOrderView } from "@/lib/orders/order-view";

// The guest's view of an order: the server's GuestOrderView (room service and breakfast lists
// answer with the same shape), cut to what the portal shows.

export type GuestOrder = {
  id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: string;
  total: string | null;
  currency: string | null;
  eta: string | null;
  /** The server's word at reading time that the expected time has passed (the card keeps checking as the clock ticks). */
  running_late: boolean;
  created_at: string | null;
  delivery_date: string | null;
  time_slot: string | null;
  guests: number | null;
  cancel_reason: string | null;
  /** The API's word on whether the guest may cancel now (breakfast: only until the cut-off). */
  can_cancel: boolean;
  /** What the kitchen was told about allergies (null when nothing was declared). */
  allergy: AllergyAlert | null;
  lines: LabelledLine[];
};

export function toGuestOrder(o: GuestOrderView): GuestOrder {
  return {
    id: o.order_id,
    type: o.type,
    status: o.status,
    total: o.total,
    currency: o.currency,
    eta: o.estimated_delivery,
    running_late: o.running_late,
    created_at: o.created_at,
    delivery_date: o.delivery_date,
    time_slot: o.time_slot,
    guests: o.guests,
    cancel_reason: o.cancel_reason,
    can_cancel: o.can_cancel,
    allergy: o.allergy_alert,
    lines: labelledLines(o.lines),
  };
}

/** A guest order list answer (GET …/room-services/orders/ or …/breakfast/orders/). */
export const toGuestOrders = (body: { orders: GuestOrderView[] }): GuestOrder[] => body.orders.map(toGuestOrder);

export const STEPS = ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"] as const;
