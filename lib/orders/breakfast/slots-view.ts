import { and, eq, gte, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { canActOnOrdersNow } from "@/lib/bookings/stay-rules";
import { localDate } from "@/lib/time/zoned";
import type { GuestAccess } from "@/lib/tokens/validate";
import { breakfastSlots, cutoffFor, partySize, remainingBySlot, stayMornings } from "./rules";
import { liveOrderFor, seatsTaken } from "./store";

/**
 * GET …/breakfast/slots/?date=: what the ordering form needs. Without a date, the stay's mornings
 * with their cut-off (ISO instant and hotel wall clock), whether ordering is still open and the
 * booking's order for each (`order_id`), the slot times, and the morning the form starts on
 * (`next_free_morning`: open and without an order yet). With a date, also its slots with seats left
 * (null = no limit) and the booking's order for that morning.
 */
export async function breakfastSlotsView(access: GuestAccess, date: string | undefined, now = new Date()) {
  const { hotel, booking } = access;
  const db = getDb();
  const today = localDate(now, hotel.timezone);
  const booked = await db
    .select({ id: orders.id, date: orders.deliveryDate, status: orders.status })
    .from(orders)
    .where(and(eq(orders.hotelId, hotel.id), eq(orders.bookingId, booking.id), eq(orders.type, "BREAKFAST"), ne(orders.status, "CANCELLED"), gte(orders.deliveryDate, today)));
  const orderOn = new Map(booked.map((o) => [o.date, o]));
  const mornings = stayMornings(booking)
    .filter((d) => d >= today)
    .map((d) => {
      const cutoff = cutoffFor(d, hotel);
      return {
        date: d,
        cutoff_at: cutoff.toISOString(),
        cutoff_local: `${localDate(cutoff, hotel.timezone)} ${hotel.breakfastCutoff}`,
        open: now.getTime() < cutoff.getTime(),
        order_id: orderOn.get(d)?.id ?? null,
        // The change API's rule: still PENDING, before the cut-off, the stay not over.
        can_change: orderOn.get(d)?.status === "PENDING" && now.getTime() < cutoff.getTime() && canActOnOrdersNow(booking),
      };
    });
  const nextFree = mornings.find((m) => m.open && !m.order_id)?.date ?? null;
  const base = { timezone: hotel.timezone, cutoff_time: hotel.breakfastCutoff, max_guests: partySize(booking), time_slots: breakfastSlots(hotel), next_free_morning: nextFree, mornings };
  if (!date) return base;
  const taken = await seatsTaken(db, hotel.id, date);
  const existing = await liveOrderFor(db, booking.id, date);
  return {
    ...base,
    date,
    existing_order_id: existing?.id ?? null,
    slots: remainingBySlot(hotel, taken).map((s) => ({ time_slot: s.slot, remaining: s.remaining, available: s.remaining === null || s.remaining > 0 })),
  };
}

export type BreakfastSlotsView = Awaited<ReturnType<typeof breakfastSlotsView>>;
