import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { transaction } from "@/lib/db/transaction";
import { bookingEvents, bookings, type PrecheckinAnswers } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { event } from "@/lib/realtime/events";
import { guestChannel, staffBookingChanged } from "./stay-events";
import { recordEvents } from "@/lib/realtime/outbox";
import { hasScope, MISSING_SCOPE_MESSAGE } from "@/lib/tokens/scopes";
import { canPrecheckin } from "./stay-rules";
import { partyChange } from "./party-change";
import type { GuestAccess } from "@/lib/tokens/validate";
import { countSchema, optionalTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";


// Clients may name the party size as the seed-era forms did; they count as adults.
function acceptAliases(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const v = { ...(value as Record<string, unknown>) };
  if (v.adults === undefined) v.adults = v.number_of_guests ?? v.guests;
  if (v.children === "" || v.children === null) delete v.children;
  if (typeof v.arrival_time === "string" && /^\d{2}:\d{2}:\d{2}$/.test(v.arrival_time)) v.arrival_time = v.arrival_time.slice(0, 5);
  return v;
}

// One schema for the portal form and the API.
export const precheckinSchema = z.preprocess(acceptAliases, z.object({
  arrival_time: wallClockTimeSchema,
  adults: countSchema.pipe(z.number().min(1, "At least one adult").max(10, "At most 10")),
  children: countSchema.pipe(z.number().min(0, "Cannot be negative").max(10, "At most 10")).default(0),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^$|^\+?[0-9 ()-]{6,30}$/, "Enter a phone number, e.g. +351 912 345 678")
    .refine((s) => s === "" || (s.match(/\d/g)?.length ?? 0) >= 6, "Enter a phone number, e.g. +351 912 345 678")
    .transform((s) => (s === "" ? null : s))
    .nullish(),
  special_requests: optionalTextSchema(1000),
  guest_token: z.string().max(200).optional(),
}));
export type PrecheckinInput = z.infer<typeof precheckinSchema>;

/** Saves the guest's pre-check-in answers (resubmission replaces them) until the stay starts. */
export async function submitPrecheckin(access: GuestAccess, input: PrecheckinInput): Promise<GuestAccess> {
  if (!hasScope(access.token, "precheckin")) throw new AppError("MISSING_SCOPE", MISSING_SCOPE_MESSAGE.precheckin);
  await consumeGuestWrite("precheckin", access);
  const answers: PrecheckinAnswers = {
    arrivalTime: input.arrival_time,
    adults: input.adults,
    children: input.children,
    phone: input.phone ?? null,
    specialRequests: input.special_requests ?? null,
  };
  return transaction(async (tx) => {
    // Re-read inside the transaction: a check-in may have happened since the token was checked.
    const [current] = await tx
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, access.booking.id), eq(bookings.hotelId, access.hotel.id)))
      .for("no key update");
    if (!current || current.status !== "CONFIRMED") throw new AppError("INVALID_TOKEN", "Invalid token");
    if (!canPrecheckin(current)) throw new AppError("NOT_AVAILABLE", "Pre-check-in is only available before arrival");
    const now = new Date();
    // The declared party is the booking's party from now on (breakfast's guest count follows it);
    // the change is kept in the audit trail so the desk sees what the guest changed.
    const party = partyChange(current, answers);
    const [updated] = await tx
      .update(bookings)
      .set({ precheckin: answers, precheckinSubmittedAt: now, updatedAt: now, adults: answers.adults, children: answers.children })
      .where(eq(bookings.id, current.id))
      .returning();
    await tx.insert(bookingEvents).values({ hotelId: access.hotel.id, bookingId: current.id, kind: "PRECHECKIN_SUBMITTED", details: { via: "guest-link", linkId: access.token.id, ...(party ? { party } : {}) } });
    await recordEvents(tx, [
      // "precheckin" covers the party it carries: clients refetch the whole booking on this event.
      event("booking.updated", guestChannel(current.reference), { booking_id: current.reference, fields: ["precheckin"] }),
      staffBookingChanged(access.hotel.slug, current.reference, "precheckin"),
    ]);
    return { ...access, booking: updated ?? current };
  });
}
