import { getDb } from "@/lib/db/client";
import { localDate } from "@/lib/time/zoned";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cutoffFor, partySize, remainingBySlot, stayMornings } from "./rules";
import { liveOrderFor, seatsTaken } from "./store";

/**
 * GET …/breakfast/slots/?date=: what the ordering form needs. Without a date, the stay's mornings
 * with their cut-off (ISO instant and hotel wall clock) and whether ordering is still open. With a
 * date, also its slots with seats left (null = no limit) and the booking's order for that morning.
 */
export async function breakfastSlotsView(access: GuestAccess, date: string | undefined, now = new Date()) {
  const { hotel, booking } = access;
  const today = localDate(now, hotel.timezone);
  const mornings = stayMornings(booking)
    .filter((d) => d >= today)
    .map((d) => {
      const cutoff = cutoffFor(d, hotel);
      return { date: d, cutoff_at: cutoff.toISOString(), cutoff_local: `${localDate(cutoff, hotel.timezone)} ${hotel.breakfastCutoff}`, open: now.getTime() < cutoff.getTime() };
    });
  const base = { timezone: hotel.timezone, cutoff_time: hotel.breakfastCutoff, max_guests: partySize(booking), mornings };
  if (!date) return base;
  const db = getDb();
  const taken = await seatsTaken(db, hotel.id, date);
  const existing = await liveOrderFor(db, booking.id, date);
  return {
    ...base,
    date,
    existing_order_id: existing?.id ?? null,
    slots: remainingBySlot(hotel, taken).map((s) => ({ time_slot: s.slot, remaining: s.remaining, available: s.remaining === null || s.remaining > 0 })),
  };
}
