import { transaction } from "@/lib/db/transaction";
import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { bookings, rooms, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";
import { localDate } from "@/lib/time/zoned";
import { stayState } from "./stay-rules";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { findBookingOrThrow } from "./find-booking";
import type { CheckInInput } from "./schemas";
import { guestChannel, staffBookingChanged } from "./stay-events";

const occupied = (roomNumber: string, by?: string) =>
  new AppError("VALIDATION_ERROR", "Invalid request", { roomId: [`Room ${roomNumber} is occupied${by ? ` (${by})` : ""}`] });

/** Checks a guest in and assigns their room, in one transaction, announcing both changes. */
export async function checkIn(actor: StaffActor, reference: string, input: CheckInInput, now = new Date()): Promise<Booking> {
  return transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference, forUpdate: true });
    const state = stayState(booking);
    if (state !== "upcoming") throw new AppError("CONFLICT", state === "in_house" ? "Guest is already checked in" : `Cannot check in a ${state.replace("_", "-")} booking`);
    const today = localDate(now, actor.hotel.timezone);
    if (booking.checkInDate > today) throw new AppError("NOT_AVAILABLE", `Arrival is on ${booking.checkInDate}; check-in opens that day`);
    if (booking.checkOutDate < today) throw new AppError("NOT_AVAILABLE", "This stay has already ended");

    // Locking the room makes a concurrent check-in into it wait, then see this one as the occupant.
    const [room] = await tx.select().from(rooms).where(and(eq(rooms.id, input.roomId), eq(rooms.hotelId, actor.hotel.id))).for("no key update");
    if (!room) throw new AppError("VALIDATION_ERROR", "Invalid request", { roomId: ["Choose a room of this hotel"] });
    const [occupant] = await tx
      .select({ reference: bookings.reference })
      .from(bookings)
      .where(
        and(
          eq(bookings.hotelId, actor.hotel.id),
          eq(bookings.roomId, room.id),
          eq(bookings.status, "CONFIRMED"),
          isNotNull(bookings.checkedInAt),
          isNull(bookings.checkedOutAt),
          ne(bookings.id, booking.id),
        ),
      );
    if (occupant) throw occupied(room.number, occupant.reference);

    // The partial unique index on occupied rooms backs the lock up for writers that do not take it.
    const [updated] = await tx
      .update(bookings)
      .set({ roomId: room.id, checkedInAt: now, updatedAt: now })
      .where(and(eq(bookings.id, booking.id), isNull(bookings.checkedInAt)))
      .returning()
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? occupied(room.number) : e;
      });
    if (!updated) throw new AppError("CONFLICT", "Guest is already checked in");
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "checked_in", details: { roomNumber: room.number } });
    await recordEvents(tx, [
      event("booking.checked_in", guestChannel(reference), { booking_id: reference, checked_in_at: now.toISOString(), room_number: room.number }),
      event("booking.room_assigned", guestChannel(reference), { booking_id: reference, room_number: room.number }),
      staffBookingChanged(actor.hotel.slug, reference, "checked_in"),
    ]);
    return updated;
  });
}
