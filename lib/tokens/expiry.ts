import type { Booking, Hotel } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { zonedToUtc } from "@/lib/time/zoned";

export const MAX_EXPIRY_DAYS = 90;

/**
 * Default: end of the check-out day in the hotel's time zone plus a grace period (late checkout,
 * a last look at the bill). Explicit days count from now, bounded to 1..MAX_EXPIRY_DAYS.
 */
export function tokenExpiry(
  booking: Pick<Booking, "checkOutDate">,
  hotel: Pick<Hotel, "timezone">,
  opts: { expiresDays?: number; now?: Date } = {},
): Date {
  const now = opts.now ?? new Date();
  if (opts.expiresDays !== undefined) {
    const days = Math.min(Math.max(Math.trunc(opts.expiresDays), 1), MAX_EXPIRY_DAYS);
    return new Date(now.getTime() + days * 86_400_000);
  }
  const endOfCheckout = zonedToUtc(booking.checkOutDate, "23:59:59", hotel.timezone);
  return new Date(endOfCheckout.getTime() + env().TOKEN_GRACE_HOURS * 3_600_000);
}
