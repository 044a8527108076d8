import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, rooms, type Hotel } from "@/lib/db/schema";
import { listRoomsWithOccupancy } from "@/lib/hotels/rooms";
import { localDate } from "@/lib/time/zoned";
import { bookingListColumns, withStayState, type BookingListItem } from "./booking-row";
import { suggestRooms } from "./suggest-rooms";

export type Arrival = BookingListItem & {
  /** From pre-check-in, when the guest sent it. */
  arrivalTime: string | null;
  specialRequests: string | null;
  /** The room one click checks the guest into (their assigned room if free, else a free one); null when none is free. */
  suggestedRoom: { id: string; number: string } | null;
};

/** The front desk's day in the hotel's time zone: who arrives, who is in, who leaves. */
export async function getToday(opts: { hotel: Pick<Hotel, "id" | "timezone">; now?: Date }) {
  const today = localDate(opts.now ?? new Date(), opts.hotel.timezone);
  const scope = (...conds: SQL[]) => and(eq(bookings.hotelId, opts.hotel.id), eq(bookings.status, "CONFIRMED"), ...conds);
  const list = (...conds: SQL[]) =>
    getDb().select(bookingListColumns).from(bookings).leftJoin(rooms, eq(rooms.id, bookings.roomId)).where(scope(...conds)).orderBy(asc(bookings.primaryGuestName));
  const [arrivals, inHouse, departures, roomList] = await Promise.all([
    // Due today, or late but the stay has not ended, and not yet checked in.
    getDb()
      .select({ ...bookingListColumns, roomId: bookings.roomId, precheckin: bookings.precheckin })
      .from(bookings)
      .leftJoin(rooms, eq(rooms.id, bookings.roomId))
      .where(scope(lte(bookings.checkInDate, today), gt(bookings.checkOutDate, today), isNull(bookings.checkedInAt)))
      .orderBy(asc(bookings.primaryGuestName)),
    list(isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt)),
    // Due out today (or overdue) and still in the house.
    list(isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt), lte(bookings.checkOutDate, today)),
    listRoomsWithOccupancy({ hotelId: opts.hotel.id }),
  ]);
  // Those who said when they arrive come first, by that time.
  arrivals.sort((a, b) => (a.precheckin?.arrivalTime ?? "99:99").localeCompare(b.precheckin?.arrivalTime ?? "99:99"));
  const suggested = suggestRooms(arrivals, roomList);
  const withDetails: Arrival[] = withStayState(arrivals).map((a, i) => ({
    ...a,
    arrivalTime: arrivals[i]!.precheckin?.arrivalTime ?? null,
    specialRequests: arrivals[i]!.precheckin?.specialRequests ?? null,
    suggestedRoom: suggested.get(a.id) ?? null,
  }));
  return { date: today, arrivals: withDetails, inHouse: withStayState(inHouse), departures: withStayState(departures), rooms: roomList };
}
