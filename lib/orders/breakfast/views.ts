import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, orderLines, orders, rooms, type Order, type OrderLine } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { minorToDecimal } from "@/lib/menus/money";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cutoffFor, type BreakfastHotel } from "./rules";

// What the guest and the staff read about breakfast orders.

async function linesOf(db: DbOrTx, orderIds: string[]): Promise<Map<string, OrderLine[]>> {
  const byOrder = new Map<string, OrderLine[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await db.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)).orderBy(asc(orderLines.position));
  for (const l of rows) byOrder.set(l.orderId, [...(byOrder.get(l.orderId) ?? []), l]);
  return byOrder;
}

const lineView = (l: OrderLine, currency: string) => ({
  item_id: l.menuItemId,
  name: l.name,
  options: l.options.map((o) => ({ group: o.groupName, label: o.label })),
  quantity: l.quantity,
  unit_price: minorToDecimal(l.unitPriceMinor, currency),
  line_total: minorToDecimal(l.lineTotalMinor, currency),
  instructions: l.instructions,
});

/** One breakfast order as the guest sees it, with whether it may still be changed (until the cut-off). */
export function guestBreakfastView(o: Order, lines: OrderLine[], hotel: BreakfastHotel, now: Date) {
  const cutoff = o.deliveryDate ? cutoffFor(o.deliveryDate, hotel) : null;
  const changeable = o.status === "PENDING" && cutoff !== null && now.getTime() < cutoff.getTime();
  return {
    id: o.id,
    order_id: o.id,
    type: o.type,
    status: o.status,
    delivery_date: o.deliveryDate,
    time_slot: o.timeSlot,
    guests: o.guests,
    items: lines.map((l) => lineView(l, o.currency)),
    items_count: lines.reduce((s, l) => s + l.quantity, 0),
    total_amount: minorToDecimal(o.totalMinor, o.currency),
    total_minor: o.totalMinor,
    currency: o.currency,
    notes: o.notes,
    cutoff_at: cutoff?.toISOString() ?? null,
    can_change: changeable,
    can_cancel: changeable,
    cancel_reason: o.cancelReason,
    created_at: o.createdAt.toISOString(),
    updated_at: o.updatedAt.toISOString(),
  };
}

export async function readGuestBreakfastOrder(db: DbOrTx, order: Order, hotel: BreakfastHotel, now = new Date()) {
  const lines = await linesOf(db, [order.id]);
  return guestBreakfastView(order, lines.get(order.id) ?? [], hotel, now);
}

/** GET …/breakfast/orders/: this booking's breakfast orders, by morning (cancelled ones included, marked). */
export async function listGuestBreakfastOrders(access: GuestAccess, now = new Date()) {
  const db = getDb();
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.bookingId, access.booking.id), eq(orders.hotelId, access.hotel.id), eq(orders.type, "BREAKFAST")))
    .orderBy(asc(orders.deliveryDate), desc(orders.createdAt));
  const lines = await linesOf(db, rows.map((r) => r.id));
  return { orders: rows.map((o) => guestBreakfastView(o, lines.get(o.id) ?? [], access.hotel, now)) };
}

type Count = { name: string; quantity: number };

/**
 * GET /api/console/breakfast?date=: the hotel's live breakfast orders for one morning by slot (room,
 * first name, guests, lines) and the morning's counts per item and per chosen option ("12 ×
 * scrambled eggs"), for the kitchen and the desk. No contact details: the kitchen reads it too.
 */
export async function breakfastListForDate(hotel: BreakfastHotel & { id: string }, date: string) {
  const db = getDb();
  const rows = await db
    .select({ order: orders, reference: bookings.reference, guestName: bookings.primaryGuestName, room: rooms.number })
    .from(orders)
    .innerJoin(bookings, eq(bookings.id, orders.bookingId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(eq(orders.hotelId, hotel.id), eq(orders.type, "BREAKFAST"), eq(orders.deliveryDate, date), ne(orders.status, "CANCELLED")))
    .orderBy(asc(orders.timeSlot), asc(rooms.number), asc(orders.createdAt));
  const lines = await linesOf(db, rows.map((r) => r.order.id));

  const slots = new Map<string, { time_slot: string; guests: number; orders: unknown[] }>();
  const items = new Map<string, Count & { options: Map<string, Count> }>();
  for (const r of rows) {
    const o = r.order;
    const mine = lines.get(o.id) ?? [];
    const slot = slots.get(o.timeSlot ?? "") ?? { time_slot: o.timeSlot ?? "", guests: 0, orders: [] };
    slot.guests += o.guests ?? 0;
    slot.orders.push({
      id: o.id,
      status: o.status,
      booking_reference: r.reference,
      room_number: r.room,
      guest_first_name: r.guestName.split(" ")[0] ?? r.guestName,
      guests: o.guests,
      notes: o.notes,
      items: mine.map((l) => ({ name: l.name, quantity: l.quantity, options: l.options.map((x) => x.label), instructions: l.instructions })),
    });
    slots.set(slot.time_slot, slot);
    for (const l of mine) {
      const key = l.menuItemId ?? l.name;
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
  return {
    date,
    orders_count: rows.length,
    guests_total: rows.reduce((s, r) => s + (r.order.guests ?? 0), 0),
    slots: [...slots.values()],
    counts: [...items.values()]
      .sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name))
      .map((i) => ({ name: i.name, quantity: i.quantity, label: `${i.quantity} × ${i.name}`, options: [...i.options.values()].map((c) => ({ ...c, label: `${c.quantity} × ${c.name}` })) })),
  };
}
