import { and, eq } from "drizzle-orm";
import { stayState } from "@/lib/bookings/stay-rules";
import { bookings, rooms } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { recordEvents } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { doNotDisturbView, type DoNotDisturbView } from "./guest-requests";
import { roomDoNotDisturb } from "./request-events";
import { NOT_DURING_STAY_REQUEST } from "./stay-rule";

/**
 * The guest switches do-not-disturb on or off (in house only). Housekeeping sees the room's state
 * live (`room.do_not_disturb`); asking for cleaning now lifts it, check-out clears it. Switching
 * to the state it is already in changes nothing and announces nothing.
 */
export async function setDoNotDisturb(access: GuestAccess, on: boolean, now = new Date()): Promise<{ do_not_disturb: DoNotDisturbView }> {
  return transaction(async (tx) => {
    const [current] = await tx
      .select({ booking: bookings, room: rooms.number })
      .from(bookings)
      .leftJoin(rooms, eq(rooms.id, bookings.roomId))
      .where(and(eq(bookings.id, access.booking.id), eq(bookings.hotelId, access.hotel.id)))
      .for("no key update", { of: bookings });
    if (!current) throw new AppError("NOT_FOUND", "Booking not found");
    if (stayState(current.booking) !== "in_house") throw new AppError("NOT_DURING_STAY", NOT_DURING_STAY_REQUEST);
    if ((current.booking.doNotDisturbSince !== null) === on) return { do_not_disturb: doNotDisturbView(current.booking) };
    await consumeGuestWrite("doNotDisturb", access);
    const since = on ? now : null;
    await tx.update(bookings).set({ doNotDisturbSince: since, updatedAt: now }).where(eq(bookings.id, current.booking.id));
    await recordEvents(tx, [roomDoNotDisturb(on, current.room, { bookingRef: current.booking.reference, hotelSlug: access.hotel.slug })]);
    return { do_not_disturb: doNotDisturbView({ doNotDisturbSince: since }) };
  });
}
