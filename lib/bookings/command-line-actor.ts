import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, guestBookingTokens, hotels } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { StaffActor } from "./actor";

// The CLIs act as "no staff member" in the hotel that owns what they name, then call the same
// use cases as the console, so the audit trail and staff.booking_changed are never skipped.

const hotelColumns = { id: hotels.id, slug: hotels.slug, timezone: hotels.timezone, name: hotels.name };

export async function commandLineActorForBooking(reference: string): Promise<StaffActor> {
  const [row] = await getDb().select(hotelColumns).from(bookings).innerJoin(hotels, eq(hotels.id, bookings.hotelId)).where(eq(bookings.reference, reference));
  if (!row) throw new AppError("NOT_FOUND", `No booking with reference ${reference}`);
  return { staffId: null, hotel: row };
}

export async function commandLineActorForHotel(slug: string): Promise<StaffActor> {
  const [row] = await getDb().select(hotelColumns).from(hotels).where(eq(hotels.slug, slug));
  if (!row) throw new AppError("NOT_FOUND", `No hotel with slug ${slug}`);
  return { staffId: null, hotel: row };
}

export async function commandLineActorForLink(linkId: string): Promise<StaffActor> {
  const [row] = await getDb().select(hotelColumns).from(guestBookingTokens).innerJoin(hotels, eq(hotels.id, guestBookingTokens.hotelId)).where(eq(guestBookingTokens.id, linkId));
  if (!row) throw new AppError("NOT_FOUND", "No such link");
  return { staffId: null, hotel: row };
}
