import type { Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { canActOnOrdersNow } from "@/lib/bookings/stay-rules";

/**
 * The one check before a guest cancels or changes an order, room service or breakfast: refused
 * with 409 STAY_ENDED once the stay is checked out (or cancelled). Staff may still act.
 */
export function assertGuestMayActOnOrders(booking: Pick<Booking, "status" | "checkedInAt" | "checkedOutAt">): void {
  if (!canActOnOrdersNow(booking)) throw new AppError("STAY_ENDED", "Your stay has ended: orders can no longer be changed or cancelled");
}
