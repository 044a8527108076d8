import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, guestBookingTokens, hotels } from "@/lib/db/schema";
import { hashToken, looksLikeToken } from "@/lib/tokens/crypto";

/**
 * The booking's language and the hotel's default for the token a device holds, for choosing the
 * portal's language only: no validity check (the link-problem page of an expired link still speaks
 * the guest's language), no use recorded, nothing else read.
 */
export async function languagesOfToken(raw: string | undefined): Promise<{ booking: string | null; hotelDefault: string | null }> {
  if (!raw || !looksLikeToken(raw)) return { booking: null, hotelDefault: null };
  const [row] = await getDb()
    .select({ booking: bookings.language, hotelDefault: hotels.defaultLanguage })
    .from(guestBookingTokens)
    .innerJoin(bookings, eq(bookings.id, guestBookingTokens.bookingId))
    .innerJoin(hotels, eq(hotels.id, guestBookingTokens.hotelId))
    .where(eq(guestBookingTokens.tokenHash, hashToken(raw)));
  return row ?? { booking: null, hotelDefault: null };
}
