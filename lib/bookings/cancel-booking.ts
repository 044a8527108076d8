import { transaction } from "@/lib/db/transaction";
import { and, eq } from "drizzle-orm";
import { bookings, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";
import { BOOKING_CANCELLED_REASON, cancelBookingOrdersInTx } from "@/lib/orders/cancel-booking-orders";
import { revokeAllTokensInTx } from "@/lib/tokens/revoke";
import { stayState } from "./stay-rules";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { findBookingOrThrow } from "./find-booking";
import type { CancelBookingInput } from "./schemas";
import { guestChannel, staffBookingChanged } from "./stay-events";

/**
 * Cancels a booking that has not started, revokes every guest link and cancels its open orders
 * (breakfast ordered ahead; they would hold seats and stay on the kitchen's list); history is kept.
 */
export async function cancelBooking(actor: StaffActor, reference: string, input: CancelBookingInput, now = new Date()): Promise<{ booking: Booking; revokedLinks: number }> {
  return transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference, forUpdate: true });
    const state = stayState(booking);
    if (state === "cancelled") throw new AppError("CONFLICT", "Booking is already cancelled");
    if (state !== "upcoming") throw new AppError("CONFLICT", "Only bookings that have not checked in can be cancelled");
    const [updated] = await tx
      .update(bookings)
      .set({ status: "CANCELLED", cancelledAt: now, updatedAt: now })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, "CONFIRMED")))
      .returning();
    if (!updated) throw new AppError("CONFLICT", "Booking is already cancelled");
    const scope = { hotelId: actor.hotel.id, hotelSlug: actor.hotel.slug, bookingId: booking.id, bookingRef: reference, staffId: actor.staffId };
    const cancelledOrders = await cancelBookingOrdersInTx(tx, scope, { all: true }, BOOKING_CANCELLED_REASON, now);
    const revokedLinks = await revokeAllTokensInTx(tx, { hotelId: actor.hotel.id, bookingId: booking.id, reason: "Booking cancelled", staffId: actor.staffId });
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "cancelled", details: { reason: input.reason, revokedLinks, cancelledOrders } });
    await recordEvents(tx, [
      event("booking.updated", guestChannel(reference), { booking_id: reference, fields: ["status"] }),
      staffBookingChanged(actor.hotel.slug, reference, "cancelled"),
    ]);
    return { booking: updated, revokedLinks };
  });
}
