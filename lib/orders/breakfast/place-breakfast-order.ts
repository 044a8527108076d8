import { insertOrderLines } from "@/lib/orders/insert-order-lines";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { bookings, orders, type Booking, type Order } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { runOnce } from "@/lib/idempotency/run-once";
import { loadItemsForOrder } from "@/lib/menus/load-menu";
import { minorToDecimal } from "@/lib/menus/money";
import { priceLines, pricingErrorToAppError } from "@/lib/menus/price-lines";
import { orderCreated } from "@/lib/orders/order-events";
import { orderTranslation } from "@/lib/orders/order-language";
import { recordEvents } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { BreakfastConflict } from "./conflict";
import { assertGuests, assertOrderableDate, assertSlot, breakfastSlots, nearestFreeSlots, partySize, servingAt, type BreakfastHotel } from "./rules";
import type { BreakfastOrderInput } from "./schemas";
import { liveOrderFor, lockMorning, seatsTaken } from "./store";

/** The seed's answer `{ success, order_id, delivery_date, items_count }` plus slot, guests, status and money. */
export type BreakfastPlacedAnswer = {
  success: true;
  order_id: string;
  delivery_date: string | null;
  items_count: number;
  time_slot: string | null;
  guests: number | null;
  status: Order["status"];
  total_amount: string;
  currency: string;
};
type BreakfastPlaced = { answer: BreakfastPlacedAnswer; replayed: boolean };

function placedAnswer(order: Order, itemsCount: number): BreakfastPlacedAnswer {
  return {
    success: true,
    order_id: order.id,
    delivery_date: order.deliveryDate,
    items_count: itemsCount,
    time_slot: order.timeSlot,
    guests: order.guests,
    status: order.status,
    total_amount: minorToDecimal(order.totalMinor, order.currency),
    currency: order.currency,
  };
}

/**
 * The booking as it is now: a check-out or cancellation since the token was read counts. Share
 * lock: a check-out or cancel in flight (which cancels breakfast orders) waits for this write, or
 * this write sees it, so no order slips in beside it.
 */
export async function currentBooking(tx: Tx, access: GuestAccess): Promise<Booking> {
  const [b] = await tx.select().from(bookings).where(eq(bookings.id, access.booking.id)).for("share");
  if (!b || b.status !== "CONFIRMED") throw new AppError("INVALID_TOKEN", "Invalid token");
  return b;
}

/**
 * Prices breakfast lines against the menu as it is now, with item hours checked at the slot's
 * serving time; the lines keep the words the guest read in `locale` (lib/orders/order-language.ts).
 */
export async function priceBreakfast(tx: Tx, access: GuestAccess, date: string, slot: string, lines: BreakfastOrderInput["items"], locale?: Locale | null) {
  const items = await loadItemsForOrder(tx, access.hotel.id, lines.map((l) => l.item_id));
  const language = orderTranslation(access, locale);
  const priced = priceLines({ hotel: access.hotel, menu: "breakfast", items, lines, at: servingAt(date, slot, access.hotel), language });
  if (!priced.ok) throw pricingErrorToAppError(priced.errors);
  return priced;
}

/** Refuses a slot that cannot seat `guests` more, naming the nearest slots that can. */
export async function assertCapacity(tx: Tx, hotel: BreakfastHotel & { id: string }, date: string, slot: string, guests: number, exceptOrderId?: string) {
  if (hotel.breakfastSlotCapacity === null) return;
  const taken = await seatsTaken(tx, hotel.id, date, exceptOrderId);
  if ((taken.get(slot) ?? 0) + guests <= hotel.breakfastSlotCapacity) return;
  const free = nearestFreeSlots(hotel, taken, slot, guests);
  const hint = free.length ? `nearest free: ${free.join(", ")}` : "no other slot has room that morning";
  throw new BreakfastConflict("SLOT_FULL", `The ${slot} slot is full (${hint})`, { time_slot: slot, free_slots: free });
}


/**
 * Places the booking's breakfast order for one morning: a morning of the stay, before the cut-off,
 * a slot of the hotel with seats left, at most the booking's party, breakfast items only. One live
 * order per booking and morning (409 with the existing id). With an Idempotency-Key a retry or a
 * parallel twin gets the first answer, stored as it was (a later cancel or change does not alter
 * it), and makes no second order; room service replays the same way. `locale`: the guest's
 * language (lib/orders/order-language.ts), else the body's `language`, the booking's, the hotel's.
 */
export async function placeBreakfastOrder(
  access: GuestAccess,
  input: BreakfastOrderInput,
  opts: { now?: Date; idempotencyKey?: string | null; locale?: Locale | null } = {},
): Promise<BreakfastPlaced> {
  const now = opts.now ?? new Date();
  const { guest_token: _token, ...request } = input;
  return transaction(async (tx) => {
    const work = async () => {
      const answer = await place(tx, access, input, now, opts.locale ?? input.language);
      return { result: answer, stored: answer };
    };
    if (!opts.idempotencyKey) return { answer: (await work()).result, replayed: false };
    const r = await runOnce(tx, { scope: `breakfast:${access.booking.id}`, key: opts.idempotencyKey, request }, work);
    return r.replayed ? { answer: r.stored, replayed: true } : { answer: r.result, replayed: false };
  });
}

async function place(tx: Tx, access: GuestAccess, input: BreakfastOrderInput, now: Date, locale: Locale | null | undefined): Promise<BreakfastPlacedAnswer> {
  const hotel = access.hotel;
  const booking = await currentBooking(tx, access);
  const date = input.delivery_date;
  assertOrderableDate(date, booking, hotel, now);
  const slot = input.time_slot ?? breakfastSlots(hotel)[0];
  if (!slot) throw new AppError("NOT_AVAILABLE", "This hotel serves no breakfast slots");
  assertSlot(slot, hotel);
  const guests = input.guests ?? partySize(booking);
  assertGuests(guests, booking);

  await lockMorning(tx, hotel.id, date);
  const existing = await liveOrderFor(tx, booking.id, date);
  if (existing) {
    throw new BreakfastConflict("ALREADY_ORDERED", `Breakfast for ${date} is already ordered; change or cancel that order`, { order_id: existing.id, delivery_date: date });
  }
  const priced = await priceBreakfast(tx, access, date, slot, input.items, locale);
  await assertCapacity(tx, hotel, date, slot, guests);

  const serving = servingAt(date, slot, hotel);
  const [order] = await tx
    .insert(orders)
    .values({
      hotelId: hotel.id,
      bookingId: booking.id,
      type: "BREAKFAST",
      orderedViaTokenId: access.token.id,
      notes: input.notes,
      allergens: input.allergies.allergens,
      allergyNote: input.allergies.note,
      currency: priced.currency,
      subtotalMinor: priced.subtotalMinor,
      totalMinor: priced.totalMinor,
      // Breakfast's promise is the slot itself.
      promisedAt: serving,
      etaAt: serving,
      deliveryDate: date,
      timeSlot: slot,
      guests,
    })
    .returning();
  if (!order) throw new Error("order insert failed");
  await insertOrderLines(tx, order.id, priced.lines);
  await recordEvents(tx, [orderCreated(order, { bookingRef: booking.reference, hotelSlug: hotel.slug })]);
  return placedAnswer(order, priced.itemsCount);
}
