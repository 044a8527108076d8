import { eq } from "drizzle-orm";
import { bookings, type Booking } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { findBookingOrThrow } from "./find-booking";
import type { UpdateBookingInput } from "./schemas";
import { guestChannel, staffBookingChanged } from "./stay-events";

/**
 * Changes what staff may edit on a booking (its guest's language), in any state: a departed
 * guest's chat email still goes out in it. Setting the language it already has writes nothing;
 * a change is audited and announced, so the guest's open portal refetches in the new language
 * (unless the guest picked one on that device) and open consoles refresh.
 */
export async function updateBooking(actor: StaffActor, reference: string, input: UpdateBookingInput, now = new Date()): Promise<{ booking: Booking; changed: boolean }> {
  return transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference, forUpdate: true });
    if (booking.language === input.language) return { booking, changed: false };
    const [updated] = await tx.update(bookings).set({ language: input.language, updatedAt: now }).where(eq(bookings.id, booking.id)).returning();
    if (!updated) throw new Error("booking update returned nothing");
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "language_changed", details: { language: input.language, previousLanguage: booking.language } });
    await recordEvents(tx, [
      event("booking.updated", guestChannel(reference), { booking_id: reference, fields: ["language"] }),
      staffBookingChanged(actor.hotel.slug, reference, "updated"),
    ]);
    return { booking: updated, changed: true };
  });
}
