import { getDb } from "@/lib/db/client";
import type { Hotel, StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { findBookingOrder, listBookingOrders, listHotelOrders } from "@/lib/orders/load-orders";
import { GUEST_ORDERS_PAGE, pageRequest, takePage } from "@/lib/orders/order-page";
import { guestOrderView, staffOrderView, type OrderWithLines, type StaffOrderView } from "@/lib/orders/order-view";
import { withStayRule } from "@/lib/orders/guest-order-rule";
import { ORDER_STATUSES } from "@/lib/orders/transitions";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cutoffFor, type BreakfastHotel } from "./rules";

// What the guest and the staff read about breakfast orders: the shared order views
// (lib/orders/order-view.ts) plus the morning's cut-off and the breakfast list's grouping.

/** The shared guest view plus the cut-off: a breakfast order may be changed or cancelled while PENDING and before it. */
function guestBreakfastView(row: OrderWithLines, hotel: BreakfastHotel, now = new Date()) {
  const base = guestOrderView(row);
  const cutoff = row.order.deliveryDate ? cutoffFor(row.order.deliveryDate, hotel) : null;
  const changeable = base.can_cancel && cutoff !== null && now.getTime() < cutoff.getTime();
  return { ...base, cutoff_at: cutoff?.toISOString() ?? null, can_change: changeable, can_cancel: changeable };
}

/** GET …/breakfast/orders/: this booking's breakfast orders, newest first, a page at a time (cancelled ones included, marked). */
export async function listGuestBreakfastOrders(access: GuestAccess, now = new Date(), before?: string) {
  const fetched = await listBookingOrders(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, type: "BREAKFAST", page: pageRequest(GUEST_ORDERS_PAGE, before) });
  const { rows, nextCursor } = takePage(fetched, GUEST_ORDERS_PAGE);
  return { orders: rows.map((r) => withStayRule(guestBreakfastView(r, access.hotel, now), access.booking)), next_cursor: nextCursor };
}

type Count = { name: string; quantity: number };
const LIVE = ORDER_STATUSES.filter((s) => s !== "CANCELLED");
// A morning of one hotel: far more orders than any hotel serves, still a bounded read.
const MAX_MORNING_ORDERS = 2000;

/**
 * GET /api/console/breakfast?date=: the hotel's live breakfast orders for one morning by slot (room,
 * first name, guests, lines; the staff order view, so KITCHEN never sees more than the queue
 * shows it) and the morning's counts per item and per chosen option ("12 × scrambled").
 */
export async function breakfastListForDate(hotel: BreakfastHotel & Pick<Hotel, "id" | "kitchenLateMinutes">, date: string, role: StaffRole) {
  const rows = await listHotelOrders(getDb(), hotel, { type: "BREAKFAST", date, statuses: LIVE }, { limit: MAX_MORNING_ORDERS });
  rows.sort((a, b) => (a.order.timeSlot ?? "").localeCompare(b.order.timeSlot ?? "") || (a.roomNumber ?? "").localeCompare(b.roomNumber ?? "", undefined, { numeric: true }));

  const slots = new Map<string, { time_slot: string; guests: number; orders: StaffOrderView[]; items: Map<string, Count> }>();
  const items = new Map<string, Count & { options: Map<string, Count> }>();
  for (const row of rows) {
    const o = row.order;
    const slot = slots.get(o.timeSlot ?? "") ?? { time_slot: o.timeSlot ?? "", guests: 0, orders: [], items: new Map<string, Count>() };
    slot.guests += o.guests ?? 0;
    slot.orders.push(staffOrderView(row, role, hotel));
    slots.set(slot.time_slot, slot);
    for (const l of row.lines) {
      const key = l.menuItemId ?? l.name;
      const inSlot = slot.items.get(key) ?? { name: l.name, quantity: 0 };
      inSlot.quantity += l.quantity;
      slot.items.set(key, inSlot);
      const item = items.get(key) ?? { name: l.name, quantity: 0, options: new Map<string, Count>() };
      item.quantity += l.quantity;
      for (const opt of l.options) {
        const c = item.options.get(opt.choiceId) ?? { name: opt.label, quantity: 0 };
        c.quantity += l.quantity;
        item.options.set(opt.choiceId, c);
      }
      items.set(key, item);
    }
  }
  const counted = (c: Count) => ({ ...c, label: `${c.quantity} × ${c.name}` });
  const byQuantity = (a: Count, b: Count) => b.quantity - a.quantity || a.name.localeCompare(b.name);
  return {
    date,
    orders_count: rows.length,
    guests_total: rows.reduce((s, r) => s + (r.order.guests ?? 0), 0),
    // Each slot with its own counts per item (what that wave of the kitchen prepares).
    slots: [...slots.values()].map(({ items: slotItems, ...s }) => ({ ...s, counts: [...slotItems.values()].sort(byQuantity).map(counted) })),
    counts: [...items.values()]
      .sort(byQuantity)
      .map((i) => ({ ...counted(i), options: [...i.options.values()].map(counted) })),
  };
}

/** One of this booking's breakfast orders as the guest sees it (after a change or cancel). */
export async function readGuestBreakfastOrder(access: GuestAccess, orderId: string) {
  const row = await findBookingOrder(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, orderId });
  if (!row || row.order.type !== "BREAKFAST") throw new AppError("NOT_FOUND", "Order not found");
  return withStayRule(guestBreakfastView(row, access.hotel), access.booking);
}
