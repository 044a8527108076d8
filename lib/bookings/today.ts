import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, rooms, type Hotel } from "@/lib/db/schema";
import { localDate } from "@/lib/time/zoned";
import { bookingListColumns, withStayState } from "./booking-row";

/** The front desk's day in the hotel's time zone: who arrives, who is in, who leaves. */
export async function getToday(opts: { hotel: Pick<Hotel, "id" | "timezone">; now?: Date }) {
  const today = localDate(opts.now ?? new Date(), opts.hotel.timezone);
  const list = (...conds: SQL[]) =>
    getDb()
      .select(bookingListColumns)
      .from(bookings)
      .leftJoin(rooms, eq(rooms.id, bookings.roomId))
      .where(and(eq(bookings.hotelId, opts.hotel.id), eq(bookings.status, "CONFIRMED"), ...conds))
      .orderBy(asc(bookings.primaryGuestName));
  const [arrivals, inHouse, departures] = await Promise.all([
    // Due today, or late but the stay has not ended, and not yet checked in.
    list(lte(bookings.checkInDate, today), gt(bookings.checkOutDate, today), isNull(bookings.checkedInAt)),
    list(isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt)),
    // Due out today (or overdue) and still in the house.
    list(isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt), lte(bookings.checkOutDate, today)),
  ]);
  return { date: today, arrivals: withStayState(arrivals), inHouse: withStayState(inHouse), departures: withStayState(departures) };
}
