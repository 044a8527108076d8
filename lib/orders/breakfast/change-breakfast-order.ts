import { insertOrderLines } from "@/lib/orders/insert-order-lines";
import { eq } from "drizzle-orm";
import { orderLines, orders, type Order } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "@/lib/db/client";
import { changeOrderStatus } from "@/lib/orders/change-order-status";
import { findBookingOrder } from "@/lib/orders/load-orders";
import { assertGuestMayActOnOrders } from "@/lib/orders/guest-order-rule";
import { orderUpdated } from "@/lib/orders/order-events";
import { recordEvents } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { assertCapacity, currentBooking, priceBreakfast } from "./place-breakfast-order";
import { assertGuests, assertOrderableDate, assertSlot } from "./rules";
import type { BreakfastChangeInput } from "./schemas";
import { lockGuestOrder, lockMorning } from "./store";

const notFound = () => new AppError("NOT_FOUND", "Order not found");

/**
 * Changes the slot, guests, items or notes of the booking's breakfast order while it is still
 * PENDING and before that morning's cut-off; the same rules as ordering apply to the new values.
 * Items are re-priced from the menu as it is now, their words kept in the guest's `locale` as when
 * ordering (lib/orders/order-language.ts). Another booking's order is 404.
 */
export async function changeBreakfastOrder(access: GuestAccess, orderId: string, input: BreakfastChangeInput, opts: { now?: Date; locale?: Locale | null } = {}): Promise<Order> {
  const now = opts.now ?? new Date();
  return transaction(async (tx) => {
    const booking = await currentBooking(tx, access);
    assertGuestMayActOnOrders(booking);
    const order = await lockGuestOrder(tx, booking.id, orderId);
    if (!order || !order.deliveryDate || !order.timeSlot) throw notFound();
    if (order.status !== "PENDING") throw new AppError("INVALID_TRANSITION", `This order is ${order.status.toLowerCase()} and can no longer be changed`);
    const date = order.deliveryDate;
    assertOrderableDate(date, booking, access.hotel, now);
    const slot = input.time_slot ?? order.timeSlot;
    assertSlot(slot, access.hotel);
    const guests = input.guests ?? order.guests ?? 1;
    assertGuests(guests, booking);

    await lockMorning(tx, access.hotel.id, date);
    const priced = input.items ? await priceBreakfast(tx, access, date, slot, input.items, opts.locale ?? input.language) : null;
    await assertCapacity(tx, access.hotel, date, slot, guests, order.id);

    if (priced) {
      await tx.delete(orderLines).where(eq(orderLines.orderId, order.id));
      await insertOrderLines(tx, order.id, priced.lines);
    }
    const [updated] = await tx
      .update(orders)
      .set({
        timeSlot: slot,
        guests,
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.allergies !== undefined ? { allergens: input.allergies?.allergens ?? [], allergyNote: input.allergies?.note ?? null } : {}),
        ...(priced ? { subtotalMinor: priced.subtotalMinor, totalMinor: priced.totalMinor } : {}),
        updatedAt: now,
      })
      .where(eq(orders.id, order.id))
      .returning();
    if (!updated) throw notFound();
    await recordEvents(tx, [orderUpdated(updated, { bookingRef: booking.reference, hotelSlug: access.hotel.slug })]);
    return updated;
  });
}

/**
 * The guest cancels the booking's breakfast order before that morning's cut-off; the shared
 * lifecycle (changeOrderStatus) then allows it while PENDING and announces the change.
 */
export async function cancelBreakfastOrder(access: GuestAccess, orderId: string, opts: { now?: Date } = {}): Promise<Order> {
  const now = opts.now ?? new Date();
  const row = await findBookingOrder(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, orderId });
  if (!row || row.order.type !== "BREAKFAST" || !row.order.deliveryDate) throw notFound();
  // Checked before the date rules so a departed guest gets the same answer as for room service;
  // changeOrderStatus checks again on the committed booking.
  assertGuestMayActOnOrders(access.booking);
  assertOrderableDate(row.order.deliveryDate, access.booking, access.hotel, now);
  return changeOrderStatus({ kind: "GUEST", hotelId: access.hotel.id, bookingId: access.booking.id }, { orderId, status: "CANCELLED", now });
}
