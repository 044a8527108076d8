import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { createBooking, createHotel, type StayFixture } from "@/lib/demo/builders";
import type { TokenPurpose } from "@/lib/db/schema";
import { listRoomsWithOccupancy } from "@/lib/hotels/rooms";
import { issueToken } from "@/lib/tokens/issue";

/** A fresh hotel with a unique slug, so tests never collide on a shared PostgreSQL. */
export async function testHotel(name = "Test Hotel", timezone = "Europe/Lisbon") {
  const slug = `t-${randomBytes(5).toString("hex")}`;
  return createHotel(getDb(), { slug, name, timezone });
}

/** A booking in the given state; an in-house guest gets the room asked for, or a free one (one guest per room). */
export async function testBooking(hotel: Awaited<ReturnType<typeof testHotel>>, state: StayFixture = "in_house", roomNumber?: string) {
  const room = roomNumber ?? (await listRoomsWithOccupancy({ hotelId: hotel.id })).find((r) => !r.occupiedBy)?.number;
  return createBooking(getDb(), hotel, { state, roomNumber: room, guestName: `Guest ${randomBytes(2).toString("hex")}` });
}

export async function testLink(
  hotel: { id: string },
  booking: { id: string },
  opts: { purpose?: TokenPurpose; canOrderServices?: boolean; canChat?: boolean; expiresDays?: number } = {},
) {
  return issueToken({ hotelId: hotel.id, bookingId: booking.id, ...opts });
}
