import "server-only";
import { and, desc, eq, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, outboxEvents } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { kickOutbox } from "./dispatcher";

// Events the dispatcher gave up on (lib/realtime/dispatcher.ts), for ADMIN in the console. An
// event belongs to a hotel when it names one of the hotel's bookings or the hotel itself, or
// goes to one of its staff channels (private-{slug}.… / presence-{slug}.…).

type HotelScope = { hotelId: string; hotelSlug: string };

function ofHotel({ hotelId, hotelSlug }: HotelScope): SQL {
  return or(
    sql`${outboxEvents.payload}->>'hotel_id' = ${hotelId}`,
    sql`exists (select 1 from ${bookings} where ${bookings.hotelId} = ${hotelId} and ${bookings.reference} = ${outboxEvents.payload}->>'booking_id')`,
    sql`exists (select 1 from jsonb_array_elements_text(${outboxEvents.channels}) as c(name) where c.name like ${`private-${hotelSlug}.%`} or c.name like ${`presence-${hotelSlug}.%`})`,
  )!;
}

export type DeadEvent = { id: string; name: string; channels: string[]; bookingRef: string | null; attempts: number; lastError: string | null; createdAt: Date; deadAt: Date };

export async function listDeadEvents(scope: HotelScope, opts: { limit?: number } = {}): Promise<DeadEvent[]> {
  const rows = await getDb()
    .select()
    .from(outboxEvents)
    .where(and(isNotNull(outboxEvents.deadAt), ofHotel(scope)))
    .orderBy(desc(outboxEvents.deadAt))
    .limit(opts.limit ?? 200);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    channels: r.channels,
    bookingRef: typeof r.payload.booking_id === "string" ? r.payload.booking_id : null,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    deadAt: r.deadAt!,
  }));
}

/** Puts a dead event back in the queue with a fresh set of attempts, and starts delivery. */
export async function retryDeadEvent(scope: HotelScope, id: string): Promise<void> {
  const rows = await getDb()
    .update(outboxEvents)
    .set({ deadAt: null, attempts: 0, leaseToken: null, availableAt: sql`now()` })
    .where(and(eq(outboxEvents.id, id), isNotNull(outboxEvents.deadAt), ofHotel(scope)))
    .returning({ id: outboxEvents.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "No such dead event");
  void kickOutbox();
}
