import "server-only";
import { and, desc, eq, gte, ilike, isNotNull, isNull, lte, ne, or, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, rooms } from "@/lib/db/schema";
import { bookingListColumns, withStayState, type BookingListItem } from "./booking-row";
import type { SearchBookingsInput } from "./schemas";

export const SEARCH_LIMIT = 100;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const stateFilter: Record<NonNullable<SearchBookingsInput["status"]>, SQL> = {
  upcoming: and(eq(bookings.status, "CONFIRMED"), isNull(bookings.checkedInAt))!,
  in_house: and(eq(bookings.status, "CONFIRMED"), isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt))!,
  departed: and(eq(bookings.status, "CONFIRMED"), isNotNull(bookings.checkedOutAt))!,
  cancelled: ne(bookings.status, "CONFIRMED"),
};

/** Bookings of one hotel matching a name, reference or room, a stay state and dates that overlap [from, to]. */
export async function searchBookings(opts: { hotelId: string; filters: Partial<SearchBookingsInput> }): Promise<BookingListItem[]> {
  const { q, status, from, to } = opts.filters;
  const conds: (SQL | undefined)[] = [eq(bookings.hotelId, opts.hotelId)];
  if (q) {
    const like = `%${escapeLike(q)}%`;
    conds.push(or(ilike(bookings.primaryGuestName, like), ilike(bookings.reference, like), eq(rooms.number, q)));
  }
  if (status) conds.push(stateFilter[status]);
  if (from) conds.push(gte(bookings.checkOutDate, from));
  if (to) conds.push(lte(bookings.checkInDate, to));
  const rows = await getDb()
    .select(bookingListColumns)
    .from(bookings)
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(...conds))
    .orderBy(desc(bookings.checkInDate), desc(bookings.createdAt))
    .limit(SEARCH_LIMIT);
  return withStayState(rows);
}
