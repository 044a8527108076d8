import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, hotels, rooms, staffMemberships, staffUsers, type Booking, type Hotel, type StaffRole } from "@/lib/db/schema";
import { freePrefix, randomPrefix } from "@/lib/hotels/reference-prefix";
import type { Locale } from "@/lib/i18n/locales";
import { ensureDefaultRequestTypes } from "@/lib/requests/default-types";
import { hashPassword } from "@/lib/staff/password";
import { addDays, localDate, zonedToUtc } from "@/lib/time/zoned";

// Builders shared by the demo seed and the tests: plain inserts of realistic data. They live
// above lib/db (which imports nothing of the app) because they use staff password hashing.

export type StayFixture = "arriving" | "upcoming" | "in_house" | "departed" | "cancelled";

export async function createHotel(
  db: DbOrTx,
  input: { slug: string; name: string; timezone?: string; currency?: string; phone?: string | null; rooms?: string[] },
): Promise<Hotel & { roomIds: Record<string, string> }> {
  let hotel: Hotel | undefined;
  // A concurrent create can take the chosen prefix between the look-up and the insert: then try a random one.
  for (let attempt = 0; !hotel && attempt < 5; attempt++) {
    const referencePrefix = attempt === 0 ? await freePrefix(db, input.slug) : randomPrefix(input.slug);
    [hotel] = await db
      .insert(hotels)
      .values({ slug: input.slug, name: input.name, referencePrefix, timezone: input.timezone ?? "Europe/Lisbon", currency: input.currency ?? "EUR", phone: input.phone ?? null })
      .onConflictDoNothing({ target: hotels.referencePrefix })
      .returning();
  }
  if (!hotel) throw new Error("hotel insert failed: no free reference prefix");
  const numbers = input.rooms ?? ["101", "102", "201", "202", "204", "301"];
  const inserted = await db.insert(rooms).values(numbers.map((number) => ({ hotelId: hotel.id, number }))).returning();
  // Every hotel starts with the default service-request types (towels, cleaning, repairs, wake-up, late check-out).
  await ensureDefaultRequestTypes(db, hotel.id);
  return { ...hotel, roomIds: Object.fromEntries(inserted.map((r) => [r.number, r.id])) };
}

/** A reference under the hotel's prefix that the counter never reaches (T + random), for fixtures. */
function randomReference(hotel: Hotel): string {
  return `${hotel.referencePrefix}-${new Date().getUTCFullYear()}-T${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** A booking in the given state relative to today in the hotel's time zone. */
export async function createBooking(
  db: DbOrTx,
  hotel: Hotel & { roomIds: Record<string, string> },
  input: { state: StayFixture; reference?: string; guestName?: string; email?: string | null; roomNumber?: string; language?: Locale | null; now?: Date },
): Promise<Booking> {
  const today = localDate(input.now ?? new Date(), hotel.timezone);
  const now = input.now ?? new Date();
  const dates: Record<StayFixture, [string, string]> = {
    arriving: [today, addDays(today, 3)],
    upcoming: [addDays(today, 7), addDays(today, 10)],
    in_house: [addDays(today, -1), addDays(today, 2)],
    departed: [addDays(today, -3), today],
    cancelled: [addDays(today, 5), addDays(today, 8)],
  };
  const [checkIn, checkOut] = dates[input.state];
  const roomId = input.roomNumber ? hotel.roomIds[input.roomNumber] ?? null : null;
  const [b] = await db
    .insert(bookings)
    .values({
      hotelId: hotel.id,
      reference: input.reference ?? randomReference(hotel),
      primaryGuestName: input.guestName ?? "Test Guest",
      email: input.email === undefined ? "guest@example.com" : input.email,
      phone: "+351 900 000 000",
      adults: 2,
      children: 0,
      checkInDate: checkIn,
      checkOutDate: checkOut,
      roomId: input.state === "in_house" || input.state === "departed" ? roomId : null,
      status: input.state === "cancelled" ? "CANCELLED" : "CONFIRMED",
      // Arrived at 15:00 hotel time on the check-in day.
      checkedInAt: input.state === "in_house" || input.state === "departed" ? zonedToUtc(checkIn, "15:00", hotel.timezone) : null,
      checkedOutAt: input.state === "departed" ? new Date(now.getTime() - 3_600_000) : null,
      cancelledAt: input.state === "cancelled" ? now : null,
      language: input.language ?? null,
    })
    .returning();
  if (!b) throw new Error("booking insert failed");
  return b;
}

export async function createStaff(
  db: DbOrTx,
  input: { email: string; name: string; password: string; memberships: { hotelId: string; role: StaffRole }[] },
) {
  const [user] = await db
    .insert(staffUsers)
    .values({ email: input.email.toLowerCase(), name: input.name, passwordHash: await hashPassword(input.password) })
    .returning();
  if (!user) throw new Error("staff insert failed");
  if (input.memberships.length) await db.insert(staffMemberships).values(input.memberships.map((m) => ({ ...m, staffId: user.id })));
  return user;
}

export async function findHotelBySlug(db: DbOrTx, slug: string) {
  const [h] = await db.select().from(hotels).where(eq(hotels.slug, slug));
  if (!h) return null;
  const rs = await db.select().from(rooms).where(eq(rooms.hotelId, h.id));
  return { ...h, roomIds: Object.fromEntries(rs.map((r) => [r.number, r.id])) };
}
