import type { Booking, Hotel } from "@/lib/db/schema";

export type StayState = "upcoming" | "in_house" | "departed" | "cancelled";

type StayFields = Pick<Booking, "status" | "checkedInAt" | "checkedOutAt">;

/** The hotel time the guest leaves by on the departure day: an approved late check-out, else the hotel's usual time. */
export function checkOutTimeOf(booking: Pick<Booking, "lateCheckoutTime">, hotel: Pick<Hotel, "checkOutTime">): string {
  return booking.lateCheckoutTime ?? hotel.checkOutTime;
}

export function stayState(b: StayFields): StayState {
  if (b.status !== "CONFIRMED") return "cancelled";
  if (b.checkedOutAt) return "departed";
  if (b.checkedInAt) return "in_house";
  return "upcoming";
}

/** Seed "Time-based Restrictions": services only between check-in and check-out. */
export function canOrderNow(b: StayFields): boolean {
  return stayState(b) === "in_house";
}

/** Chat ends at check-out, like ordering; before arrival guests may already ask questions. */
export function canChatNow(b: StayFields): boolean {
  const s = stayState(b);
  return s === "upcoming" || s === "in_house";
}

/**
 * Whether the guest may still act on the booking's existing orders (cancel, change): until
 * check-out, for room service and breakfast alike (breakfast may be ordered before arrival).
 */
export function canActOnOrdersNow(b: StayFields): boolean {
  const s = stayState(b);
  return s === "upcoming" || s === "in_house";
}

/** Pre-check-in is for guests who have not arrived yet. */
export function canPrecheckin(b: StayFields): boolean {
  return stayState(b) === "upcoming";
}
