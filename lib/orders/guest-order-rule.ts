import { canActOnOrdersNow } from "@/lib/bookings/stay-rules";
import type { Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

type StayFields = Pick<Booking, "status" | "checkedInAt" | "checkedOutAt">;

/**
 * The one check before a guest cancels or changes an order, room service or breakfast: refused
 * with 409 STAY_ENDED once the stay is checked out (or cancelled). Staff may still act.
 */
export function assertGuestMayActOnOrders(booking: StayFields): void {
  if (!canActOnOrdersNow(booking)) throw new AppError("STAY_ENDED", "Your stay has ended: orders can no longer be changed or cancelled");
}

/** A guest order view with the same rule applied, so the portal offers only what the API allows. */
export function withStayRule<V extends { can_cancel: boolean; can_change?: boolean }>(view: V, booking: StayFields): V {
  if (canActOnOrdersNow(booking)) return view;
  return { ...view, can_cancel: false, ...("can_change" in view ? { can_change: false } : {}) };
}
