import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings, hotels, rooms, staffUsers } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { listRoomsWithOccupancy } from "@/lib/hotels/rooms";
import { bookingFolio } from "@/lib/orders/folio";
import { localDate } from "@/lib/time/zoned";
import { listBookingTokens } from "@/lib/tokens/list";
import { latestPartyChange } from "./party-change";
import { stayState } from "./stay-rules";

/** Everything the booking page shows: guest data, pre-check-in answers, audit trail, links, rooms, the folio. */
export async function getBookingDetail(opts: { hotelId: string; reference: string }) {
  const db = getDb();
  const [row] = await db
    .select({ booking: bookings, roomNumber: rooms.number, timeZone: hotels.timezone })
    .from(bookings)
    .innerJoin(hotels, eq(hotels.id, bookings.hotelId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(eq(bookings.hotelId, opts.hotelId), eq(bookings.reference, opts.reference)));
  if (!row) throw new AppError("NOT_FOUND", "Booking not found");
  const [events, links, roomList, folio] = await Promise.all([
    db
      .select({ id: bookingEvents.id, kind: bookingEvents.kind, details: bookingEvents.details, createdAt: bookingEvents.createdAt, staffName: staffUsers.name })
      .from(bookingEvents)
      .leftJoin(staffUsers, eq(staffUsers.id, bookingEvents.staffId))
      .where(and(eq(bookingEvents.hotelId, opts.hotelId), eq(bookingEvents.bookingId, row.booking.id)))
      .orderBy(desc(bookingEvents.createdAt)),
    listBookingTokens({ hotelId: opts.hotelId, bookingId: row.booking.id }),
    listRoomsWithOccupancy({ hotelId: opts.hotelId }),
    bookingFolio(db, { hotelId: opts.hotelId, bookingId: row.booking.id, today: localDate(new Date(), row.timeZone) }),
  ]);
  return { booking: row.booking, roomNumber: row.roomNumber, stayState: stayState(row.booking), events, links, rooms: roomList, folio, partyChange: latestPartyChange(events) };
}
export type BookingDetail = Awaited<ReturnType<typeof getBookingDetail>>;
