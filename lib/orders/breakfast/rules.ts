import type { Booking, Hotel } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { toMinutes } from "@/lib/menus/hours";
import { stayState } from "@/lib/bookings/stay-rules";
import { addDays, localDate, zonedToUtc } from "@/lib/time/zoned";

// The breakfast time rules, pure: every function takes `now` so tests freeze the clock. Dates are
// the hotel's calendar dates and times its wall clock, converted with the hotel's time zone.

export type BreakfastHotel = Pick<
  Hotel,
  "timezone" | "breakfastCutoff" | "breakfastServingStart" | "breakfastServingEnd" | "breakfastSlotMinutes" | "breakfastSlotCapacity"
>;
export type BreakfastBooking = Pick<Booking, "checkInDate" | "checkOutDate" | "status" | "checkedInAt" | "checkedOutAt" | "adults" | "children">;

const fromMinutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** Slot start times: every `breakfastSlotMinutes` from serving start, each ending by serving end (07:00–10:30 → 07:00 … 10:00). */
export function breakfastSlots(hotel: BreakfastHotel): string[] {
  const start = toMinutes(hotel.breakfastServingStart);
  const end = toMinutes(hotel.breakfastServingEnd);
  const step = Math.max(5, hotel.breakfastSlotMinutes);
  const out: string[] = [];
  for (let m = start; m + step <= end; m += step) out.push(fromMinutes(m));
  return out;
}

/** The mornings of a stay: the day after check-in up to and including the check-out morning. */
export function stayMornings(booking: Pick<Booking, "checkInDate" | "checkOutDate">): string[] {
  const out: string[] = [];
  for (let d = addDays(booking.checkInDate, 1); d <= booking.checkOutDate; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The instant ordering for a morning closes: the cut-off time on the evening before, hotel time. */
export function cutoffFor(date: string, hotel: BreakfastHotel): Date {
  return zonedToUtc(addDays(date, -1), hotel.breakfastCutoff, hotel.timezone);
}

/** The instant a slot is served (item hours are checked against it). */
export const servingAt = (date: string, slot: string, hotel: BreakfastHotel): Date => zonedToUtc(date, slot, hotel.timezone);

export const partySize = (b: Pick<Booking, "adults" | "children">) => b.adults + b.children;

/**
 * Whether this booking may order (or change, or cancel) breakfast for `date` at `now`. Throws the
 * one clear 400 that applies, checked in this order: stay ended, date already past, not a
 * morning of the stay, cut-off passed. A guest may order before arrival.
 */
export function assertOrderableDate(date: string, booking: BreakfastBooking, hotel: BreakfastHotel, now: Date): void {
  const state = stayState(booking);
  if (state === "departed" || state === "cancelled") throw new AppError("OUTSIDE_STAY", "Breakfast can no longer be ordered: the stay has ended");
  const today = localDate(now, hotel.timezone);
  if (date < today) throw new AppError("DATE_PASSED", `${date} has already passed`);
  const mornings = stayMornings(booking);
  if (!mornings.includes(date)) {
    const range = mornings.length ? `${mornings[0]} to ${mornings.at(-1)}` : "none";
    throw new AppError("OUTSIDE_STAY", `${date} is not a morning of your stay (mornings: ${range})`);
  }
  if (now.getTime() >= cutoffFor(date, hotel).getTime()) {
    throw new AppError("CUTOFF_PASSED", `Breakfast for ${date} had to be ordered by ${hotel.breakfastCutoff} the evening before (hotel time)`);
  }
}

/** The slot must be one of the hotel's slots. */
export function assertSlot(slot: string, hotel: BreakfastHotel): void {
  const slots = breakfastSlots(hotel);
  if (!slots.includes(slot)) {
    throw new AppError("VALIDATION_ERROR", "Choose one of the breakfast slots", { time_slot: [`Choose one of ${slots.join(", ")}`] });
  }
}

export function assertGuests(guests: number, booking: Pick<Booking, "adults" | "children">): void {
  const max = partySize(booking);
  if (guests > max) throw new AppError("VALIDATION_ERROR", `At most ${max} guests for this booking`, { guests: [`At most ${max}`] });
}

/** Seats left per slot given the seats taken; null when the hotel sets no capacity. */
export function remainingBySlot(hotel: BreakfastHotel, taken: ReadonlyMap<string, number>): { slot: string; remaining: number | null }[] {
  const cap = hotel.breakfastSlotCapacity;
  return breakfastSlots(hotel).map((slot) => ({ slot, remaining: cap === null ? null : Math.max(0, cap - (taken.get(slot) ?? 0)) }));
}

/** The free slots nearest to the one asked for (ties: the earlier first), for the "slot full" answer. */
export function nearestFreeSlots(hotel: BreakfastHotel, taken: ReadonlyMap<string, number>, wanted: string, guests: number, limit = 3): string[] {
  const target = toMinutes(wanted);
  return remainingBySlot(hotel, taken)
    .filter((s) => s.slot !== wanted && (s.remaining === null || s.remaining >= guests))
    .sort((a, b) => Math.abs(toMinutes(a.slot) - target) - Math.abs(toMinutes(b.slot) - target) || toMinutes(a.slot) - toMinutes(b.slot))
    .slice(0, limit)
    .map((s) => s.slot);
}
