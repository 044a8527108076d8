import { and, eq } from "drizzle-orm";
import { bookings, orders, type Order } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError, RateLimitedError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { runOnce } from "@/lib/idempotency/run-once";
import { loadItemsForOrder } from "@/lib/menus/load-menu";
import { minorToDecimal } from "@/lib/menus/money";
import { priceLines, pricingErrorToAppError } from "@/lib/menus/price-lines";
import { recordEvents } from "@/lib/realtime/outbox";
import { canOrderNow } from "@/lib/bookings/stay-rules";
import { consumeGuestWrite, openOrderLimit } from "@/lib/rate-limit/guest-write-limits";
import type { GuestAccess } from "@/lib/tokens/validate";
import { etaMinutes, roomServiceCounts } from "./eta";
import { insertOrderLines } from "./insert-order-lines";
import { orderCreated } from "./order-events";
import { orderTranslation } from "./order-language";
import type { RoomServiceOrderInput } from "./schemas";

export const NOT_DURING_STAY_MESSAGE = "Room service only available during stay";

/** The seed's answer: `{ success, order_id, total_amount, estimated_delivery }` plus `currency`. */
export type PlacedOrder = { success: true; order_id: string; total_amount: string; estimated_delivery: string; currency: string };

function placedAnswer(o: Pick<Order, "id" | "totalMinor" | "currency" | "promisedAt" | "createdAt">): PlacedOrder {
  return {
    success: true,
    order_id: o.id,
    total_amount: minorToDecimal(o.totalMinor, o.currency),
    // The promise made when the order was placed (a retry answers the same one).
    estimated_delivery: (o.promisedAt ?? o.createdAt).toISOString(),
    currency: o.currency,
  };
}

/** Throws 400 NOT_DURING_STAY unless the booking is checked in and not checked out. */
export function assertDuringStay(booking: GuestAccess["booking"]): void {
  if (!canOrderNow(booking)) throw new AppError("NOT_DURING_STAY", NOT_DURING_STAY_MESSAGE);
}

/**
 * Places a room-service order for the guest's booking: the stay rule, the menu's rules and prices
 * (lib/menus priceLines, on rows share-locked in this transaction), the ETA, the order and its
 * line snapshots, and `order.created` for the guest and staff, all in one transaction. With an
 * idempotency key the same request answers the first result and never makes a second order.
 * The caller has checked the link (ordering scope, which includes can_order_services).
 * `locale`: the guest's language (lib/orders/order-language.ts orderLocale; else the body's
 * `language`, the booking's, the hotel's): lines keep the words the guest read beside the hotel's.
 */
export async function placeRoomServiceOrder(
  access: GuestAccess,
  input: RoomServiceOrderInput,
  opts: { idempotencyKey?: string | null; now?: Date; locale?: Locale | null } = {},
): Promise<PlacedOrder> {
  assertDuringStay(access.booking);
  const { hotel, booking, token } = access;
  const now = opts.now ?? new Date();
  const language = orderTranslation(access, opts.locale ?? input.language);

  const work = async (tx: Parameters<Parameters<typeof transaction>[0]>[0]) => {
    // Booking row locked: a check-out committing meanwhile waits for this order (or this order
    // sees it), and this booking's orders are placed one at a time, so the open-order cap holds.
    const [current] = await tx.select().from(bookings).where(and(eq(bookings.id, booking.id), eq(bookings.hotelId, hotel.id))).for("no key update");
    if (!current) throw new AppError("NOT_FOUND", "Booking not found");
    assertDuringStay(current);
    // Counted only when an order is really being placed: an idempotent replay never gets here.
    await consumeGuestWrite("roomServiceOrder", access);
    // Read under the booking lock: this booking's count cannot change before the order is inserted.
    const counts = await roomServiceCounts(tx, hotel.id, booking.id);
    if (counts.openOfBooking >= openOrderLimit()) {
      throw new RateLimitedError("You have several orders on their way already; please wait for one to arrive before ordering more", 120, "TOO_MANY_OPEN_ORDERS");
    }

    const items = await loadItemsForOrder(tx, hotel.id, input.items.map((l) => l.item_id));
    const priced = priceLines({ hotel, menu: "room_service", items, lines: input.items, at: now, language });
    if (!priced.ok) throw pricingErrorToAppError(priced.errors);

    const eta = new Date(now.getTime() + etaMinutes(priced.prepMinutes, counts.queueAhead) * 60_000);
    const [order] = await tx
      .insert(orders)
      .values({
        hotelId: hotel.id,
        bookingId: booking.id,
        type: "ROOM_SERVICE",
        status: "PENDING",
        orderedViaTokenId: token.id,
        notes: input.notes,
        allergens: input.allergies.allergens,
        allergyNote: input.allergies.note,
        currency: priced.currency,
        subtotalMinor: priced.subtotalMinor,
        totalMinor: priced.totalMinor,
        promisedAt: eta,
        etaAt: eta,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!order) throw new Error("order insert returned nothing");
    await insertOrderLines(tx, order.id, priced.lines);
    await recordEvents(tx, [orderCreated(order, { bookingRef: booking.reference, hotelSlug: hotel.slug })]);
    return order;
  };

  return transaction(async (tx) => {
    if (!opts.idempotencyKey) return placedAnswer(await work(tx));
    const r = await runOnce(tx, { scope: `room-service-order:${booking.id}`, key: opts.idempotencyKey, request: input }, async () => {
      const answer = placedAnswer(await work(tx));
      return { result: answer, stored: answer };
    });
    return r.replayed ? r.stored : r.result;
  });
}
