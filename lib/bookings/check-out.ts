import { transaction } from "@/lib/db/transaction";
import { and, eq, isNull } from "drizzle-orm";
import { bookings, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";
import { cancelBookingOrdersInTx, CHECKED_OUT_REASON } from "@/lib/orders/cancel-booking-orders";
import { roomDoNotDisturb } from "@/lib/requests/request-events";
import { localDate } from "@/lib/time/zoned";
import { stayState } from "./stay-rules";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { findBookingOrThrow } from "./find-booking";
import { guestChannel, staffBookingChanged } from "./stay-events";

/**
 * Checks a guest out. Links stay valid for the status page; ordering and chat end at once because
 * the stay rules (lib/bookings/stay-rules.ts) read checked_out_at on every request.
 * An early check-out cancels breakfast ordered for mornings after the check-out day (nobody will
 * eat it, and it holds seats); the check-out morning's breakfast, delivered orders and open room
 * service are left alone: the last are already in the kitchen's hands, for staff to finish.
 */
export async function checkOut(actor: StaffActor, reference: string, now = new Date()): Promise<Booking> {
  return transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference, forUpdate: true });
    const state = stayState(booking);
    if (state !== "in_house") throw new AppError("CONFLICT", state === "upcoming" ? "Guest has not checked in yet" : `Cannot check out a ${state} booking`);
    const [updated] = await tx
      .update(bookings)
      // Do-not-disturb ends with the stay (housekeeping's list drops the room).
      .set({ checkedOutAt: now, doNotDisturbSince: null, updatedAt: now })
      .where(and(eq(bookings.id, booking.id), isNull(bookings.checkedOutAt)))
      .returning();
    if (!updated) throw new AppError("CONFLICT", "Guest is already checked out");
    const scope = { hotelId: actor.hotel.id, hotelSlug: actor.hotel.slug, bookingId: booking.id, bookingRef: reference, staffId: actor.staffId };
    const cancelledOrders = await cancelBookingOrdersInTx(tx, scope, { breakfastAfter: localDate(now, actor.hotel.timezone) }, CHECKED_OUT_REASON, now);
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "checked_out", ...(cancelledOrders ? { details: { cancelledOrders } } : {}) });
    await recordEvents(tx, [
      event("booking.checked_out", guestChannel(reference), { booking_id: reference, checked_out_at: now.toISOString() }),
      staffBookingChanged(actor.hotel.slug, reference, "checked_out"),
      ...(booking.doNotDisturbSince ? [roomDoNotDisturb(false, null, { bookingRef: reference, hotelSlug: actor.hotel.slug })] : []),
    ]);
    return updated;
  });
}
