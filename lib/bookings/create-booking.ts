import { eq, sql } from "drizzle-orm";
import { type DbOrTx } from "@/lib/db/client";
import { bookings, hotels, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { runOnce } from "@/lib/idempotency/run-once";
import { recordEvents } from "@/lib/realtime/outbox";
import { transaction } from "@/lib/db/transaction";
import { addDays, localDate } from "@/lib/time/zoned";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { formatReference } from "./reference";
import type { CreateBookingInput } from "./schemas";
import { staffBookingChanged } from "./stay-events";

const MAX_NIGHTS = 60;

/**
 * Takes the hotel's next reference for `year`: its own prefix and its own counter, restarting at 0001
 * each year. Prefixes are unique, so no other hotel can hold the reference and nothing is skipped.
 * The row lock serialises concurrent creates in one hotel. Should the local year ever run backwards
 * (a clock or time-zone change), the counter keeps the later year instead of reusing its numbers.
 */
export async function takeReference(tx: DbOrTx, hotelId: string, year: number): Promise<string> {
  const [row] = await tx
    .update(hotels)
    .set({
      nextBookingNumber: sql`case when ${hotels.bookingNumberYear} >= ${year} then ${hotels.nextBookingNumber} + 1 else 2 end`,
      bookingNumberYear: sql`greatest(${hotels.bookingNumberYear}, ${year})`,
    })
    .where(eq(hotels.id, hotelId))
    .returning({ prefix: hotels.referencePrefix, year: hotels.bookingNumberYear, taken: sql<number>`${hotels.nextBookingNumber} - 1` });
  if (!row) throw new AppError("NOT_FOUND", "Hotel not found");
  return formatReference(row.prefix, Number(row.year), Number(row.taken));
}

async function insertBooking(tx: DbOrTx, actor: StaffActor, input: CreateBookingInput, year: number): Promise<Booking> {
  const [b] = await tx
    .insert(bookings)
    .values({
      hotelId: actor.hotel.id,
      reference: await takeReference(tx, actor.hotel.id, year),
      primaryGuestName: input.guestName,
      email: input.email,
      phone: input.phone,
      adults: input.adults,
      children: input.children,
      checkInDate: input.checkInDate,
      checkOutDate: input.checkOutDate,
      notes: input.notes,
      language: input.language,
    })
    .returning();
  if (!b) throw new Error("booking insert returned nothing");
  return b;
}

/**
 * Creates a booking by hand. A repeated submission with the same idempotency key returns the first
 * booking (`created: false`); the same key with a different body is refused (422).
 */
export async function createBooking(actor: StaffActor, input: CreateBookingInput, now = new Date()): Promise<{ booking: Booking; created: boolean }> {
  const today = localDate(now, actor.hotel.timezone);
  if (input.checkInDate < today) throw new AppError("VALIDATION_ERROR", "Invalid request", { checkInDate: ["Check-in cannot be in the past"] });
  if (input.checkOutDate > addDays(input.checkInDate, MAX_NIGHTS)) {
    throw new AppError("VALIDATION_ERROR", "Invalid request", { checkOutDate: [`At most ${MAX_NIGHTS} nights`] });
  }
  const { idempotencyKey, ...request } = input;
  return transaction(async (tx) => {
    const once = await runOnce(tx, { scope: `booking-create:${actor.hotel.id}`, key: idempotencyKey, request }, async () => {
      const booking = await insertBooking(tx, actor, input, Number(today.slice(0, 4)));
      await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "created" });
      await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, booking.reference, "created")]);
      return { result: booking, stored: { bookingId: booking.id } };
    });
    if (!once.replayed) return { booking: once.result, created: true };
    const [first] = await tx.select().from(bookings).where(eq(bookings.id, once.stored.bookingId));
    if (!first) throw new Error("idempotent booking vanished");
    return { booking: first, created: false };
  });
}
