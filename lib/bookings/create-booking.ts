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
import { isUniqueViolation } from "./db-errors";
import { formatReference } from "./reference";
import type { CreateBookingInput } from "./schemas";
import { staffBookingChanged } from "./stay-events";

const MAX_NIGHTS = 60;
// References stay unique across hotels (guest channels are named after them), so numbers another
// hotel already used that year are skipped; a few attempts cover a clash with a concurrent create.
const REF_ATTEMPTS = 5;

/** Takes the hotel's next booking number; the row lock serialises concurrent creates in one hotel. */
async function takeBookingNumber(tx: DbOrTx, hotelId: string): Promise<number> {
  const [row] = await tx
    .update(hotels)
    .set({ nextBookingNumber: sql`${hotels.nextBookingNumber} + 1` })
    .where(eq(hotels.id, hotelId))
    .returning({ taken: sql<number>`${hotels.nextBookingNumber} - 1` });
  if (!row) throw new AppError("NOT_FOUND", "Hotel not found");
  return Number(row.taken);
}

/** Moves the hotel's counter past every number already used in `year`'s references, from `from` on. */
async function skipUsedNumbers(tx: DbOrTx, hotelId: string, year: number, from: number): Promise<void> {
  const prefix = `BK-${year}-`;
  await tx.execute(sql`
    update ${hotels} set next_booking_number = (
      select coalesce(min(n), ${from}::int + 1001) from generate_series(${from}::int, ${from}::int + 1000) as n
      where not exists (
        select 1 from ${bookings}
        where ${bookings.reference} = ${prefix} || case when n < 10000 then lpad(n::text, 4, '0') else n::text end
      )
    )
    where ${hotels.id} = ${hotelId}`);
}

async function insertWithNextReference(tx: DbOrTx, actor: StaffActor, input: CreateBookingInput, year: number): Promise<Booking> {
  for (let attempt = 1; ; attempt++) {
    const n = await takeBookingNumber(tx, actor.hotel.id);
    const reference = formatReference(year, n);
    try {
      // A savepoint, so a clash with an existing reference can be retried with the next number.
      return await tx.transaction(async (sp) => {
        const [b] = await sp
          .insert(bookings)
          .values({
            hotelId: actor.hotel.id,
            reference,
            primaryGuestName: input.guestName,
            email: input.email,
            phone: input.phone,
            adults: input.adults,
            children: input.children,
            checkInDate: input.checkInDate,
            checkOutDate: input.checkOutDate,
            notes: input.notes,
          })
          .returning();
        if (!b) throw new Error("booking insert returned nothing");
        return b;
      });
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= REF_ATTEMPTS) throw e;
      await skipUsedNumbers(tx, actor.hotel.id, year, n + 1);
    }
  }
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
      const booking = await insertWithNextReference(tx, actor, input, Number(today.slice(0, 4)));
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
