import { transaction } from "@/lib/db/transaction";
import { and, eq, sql } from "drizzle-orm";
import { type DbOrTx } from "@/lib/db/client";
import { bookings, type Booking } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { addDays, localDate } from "@/lib/time/zoned";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { isUniqueViolation } from "./db-errors";
import { findPriorSubmission } from "./idempotency";
import type { CreateBookingInput } from "./schemas";
import { staffBookingChanged } from "./stay-events";
import { recordEvents } from "@/lib/realtime/outbox";

const MAX_NIGHTS = 60;
const REF_ATTEMPTS = 5;

export function formatReference(year: number, seq: number): string {
  return `BK-${year}-${String(seq).padStart(4, "0")}`;
}

/** Next BK-YYYY-NNNN: one sequence per year, serialised by a transaction lock on the year. */
async function nextReferenceNumber(tx: DbOrTx, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`booking-ref:${year}`}))`);
  const pattern = `^BK-${year}-[0-9]+$`;
  const [row] = await tx
    .select({ max: sql<number | null>`max(substring(${bookings.reference} from 9)::int)` })
    .from(bookings)
    .where(sql`${bookings.reference} ~ ${pattern}`);
  return Number(row?.max ?? 0) + 1;
}

/** Creates a booking by hand. A repeated submission (same idempotency key) returns the first booking. */
export async function createBooking(actor: StaffActor, input: CreateBookingInput, now = new Date()): Promise<{ booking: Booking; created: boolean }> {
  const today = localDate(now, actor.hotel.timezone);
  if (input.checkInDate < today) throw new AppError("VALIDATION_ERROR", "Invalid request", { checkInDate: ["Check-in cannot be in the past"] });
  if (input.checkOutDate > addDays(input.checkInDate, MAX_NIGHTS)) {
    throw new AppError("VALIDATION_ERROR", "Invalid request", { checkOutDate: [`At most ${MAX_NIGHTS} nights`] });
  }
  return transaction(async (tx) => {
    const prior = await findPriorSubmission(tx, { hotelId: actor.hotel.id, kind: "created", key: input.idempotencyKey });
    if (prior) {
      const [existing] = await tx.select().from(bookings).where(and(eq(bookings.id, prior.bookingId), eq(bookings.hotelId, actor.hotel.id)));
      if (existing) return { booking: existing, created: false };
    }
    const year = Number(today.slice(0, 4));
    let seq = await nextReferenceNumber(tx, year);
    for (let attempt = 1; ; attempt++) {
      try {
        // A savepoint, so a clash with a reference written outside the lock can be retried.
        const booking = await tx.transaction(async (sp) => {
          const [b] = await sp
            .insert(bookings)
            .values({
              hotelId: actor.hotel.id,
              reference: formatReference(year, seq),
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
        await auditBooking(tx, {
          hotelId: actor.hotel.id,
          bookingId: booking.id,
          staffId: actor.staffId,
          kind: "created",
          details: { idempotencyKey: input.idempotencyKey },
        });
        await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, booking.reference, "created")]);
        return { booking, created: true };
      } catch (e) {
        if (!isUniqueViolation(e) || attempt >= REF_ATTEMPTS) throw e;
        seq += 1;
      }
    }
  });
}
