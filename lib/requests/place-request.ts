import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { bookings, requestTypes, serviceRequests, type ServiceRequest } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError, RateLimitedError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { runOnce } from "@/lib/idempotency/run-once";
import { consumeGuestWrite, openRequestLimit } from "@/lib/rate-limit/guest-write-limits";
import { recordEvents, type OutboxInput } from "@/lib/realtime/outbox";
import type { GuestAccess } from "@/lib/tokens/validate";
import { judgeRequestDetails } from "./kind-details";
import { newRequestRow } from "./new-request-row";
import { requestCreated, roomDoNotDisturb } from "./request-events";
import type { GuestRequestInput } from "./schemas";
import { assertMayRequestKind } from "./stay-rule";
import { OPEN_REQUEST_STATUSES } from "./transitions";

/**
 * Makes a service request for the guest's booking, in one transaction: the type (this hotel's,
 * active), the stay rule for its kind, the per-booking limits, the kind's details, the request and
 * `request.created` for the guest and staff. Asking for cleaning NOW lifts do-not-disturb. With an
 * idempotency key the same call answers the first request and never makes a second. The caller
 * has checked the link (the order scope). Returns the request's id.
 */
export async function placeServiceRequest(
  access: GuestAccess,
  input: GuestRequestInput,
  opts: { idempotencyKey?: string | null; now?: Date; locale?: Locale | null } = {},
): Promise<{ requestId: string }> {
  const { hotel, booking, token } = access;
  const now = opts.now ?? new Date();

  const work = async (tx: Tx): Promise<ServiceRequest> => {
    const [type] = await tx.select().from(requestTypes).where(and(eq(requestTypes.id, input.type_id), eq(requestTypes.hotelId, hotel.id), eq(requestTypes.active, true)));
    if (!type) throw new AppError("VALIDATION_ERROR", "Invalid request", { type_id: ["Choose one of the hotel's requests"] });
    // Booking row locked: a check-out committing meanwhile waits (or is seen), and this booking's
    // requests are made one at a time, so the open-request cap and "one late check-out" hold.
    const [current] = await tx.select().from(bookings).where(and(eq(bookings.id, booking.id), eq(bookings.hotelId, hotel.id))).for("no key update");
    if (!current) throw new AppError("NOT_FOUND", "Booking not found");
    assertMayRequestKind(current, type.kind);
    // Counted only when a request is really being made: an idempotent replay never gets here.
    await consumeGuestWrite("serviceRequest", access);
    const open = await tx
      .select({ kind: serviceRequests.kind, n: sql<number>`count(*)::int` })
      .from(serviceRequests)
      .where(and(eq(serviceRequests.bookingId, booking.id), inArray(serviceRequests.status, [...OPEN_REQUEST_STATUSES])))
      .groupBy(serviceRequests.kind);
    if (open.reduce((sum, r) => sum + r.n, 0) >= openRequestLimit()) {
      throw new RateLimitedError("You have several requests open already; please wait for one to be done before asking for more", 120, "TOO_MANY_OPEN_REQUESTS");
    }
    if (type.kind === "LATE_CHECKOUT" && open.some((r) => r.kind === "LATE_CHECKOUT")) {
      throw new AppError("ALREADY_REQUESTED", "You have asked for a late check-out already; the front desk will answer it");
    }
    const judged = judgeRequestDetails(type, input, { booking: current, hotel }, now);
    const [request] = await tx
      .insert(serviceRequests)
      .values(newRequestRow(type, judged, { hotelId: hotel.id, bookingId: booking.id, language: opts.locale ?? null, tokenId: token.id, at: now }))
      .returning();
    if (!request) throw new Error("request insert returned nothing");
    const where = { bookingRef: booking.reference, hotelSlug: hotel.slug };
    const events: OutboxInput[] = [requestCreated(request, where)];
    if (type.kind === "CLEANING" && judged.details.cleaning === "NOW" && current.doNotDisturbSince) {
      await tx.update(bookings).set({ doNotDisturbSince: null, updatedAt: now }).where(eq(bookings.id, booking.id));
      events.push(roomDoNotDisturb(false, access.roomNumber, where));
    }
    await recordEvents(tx, events);
    return request;
  };

  return transaction(async (tx) => {
    if (!opts.idempotencyKey) return { requestId: (await work(tx)).id };
    const r = await runOnce(tx, { scope: `service-request:${booking.id}`, key: opts.idempotencyKey, request: input }, async () => {
      const request = await work(tx);
      return { result: { requestId: request.id }, stored: { requestId: request.id } };
    });
    return r.replayed ? r.stored : r.result;
  });
}
