import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, rooms } from "@/lib/db/schema";

/** The hotel's rooms, each marked with the booking currently in it (if any). */
export async function listRoomsWithOccupancy(opts: { hotelId: string }) {
  const db = getDb();
  const [all, occupied] = await Promise.all([
    db.select({ id: rooms.id, number: rooms.number }).from(rooms).where(eq(rooms.hotelId, opts.hotelId)).orderBy(asc(rooms.number)),
    db
      .select({ roomId: bookings.roomId, reference: bookings.reference })
      .from(bookings)
      .where(and(eq(bookings.hotelId, opts.hotelId), eq(bookings.status, "CONFIRMED"), isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt))),
  ]);
  const byRoom = new Map(occupied.map((o) => [o.roomId, o.reference]));
  return all.map((r) => ({ ...r, occupiedBy: byRoom.get(r.id) ?? null }));
}
