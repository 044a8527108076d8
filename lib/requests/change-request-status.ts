import { and, eq } from "drizzle-orm";
import { auditBooking } from "@/lib/bookings/audit";
import { guestChannel, staffBookingChanged } from "@/lib/bookings/stay-events";
import { canActOnOrdersNow } from "@/lib/bookings/stay-rules";
import type { Tx } from "@/lib/db/client";
import { bookings, hotels, serviceRequests, type ServiceRequest, type RequestStatus, type StaffRole } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";
import { requestStatusChanged } from "./request-events";
import { maySeeRequest } from "./request-roles";
import { canMoveRequest } from "./transitions";

export type RequestActor =
  | { kind: "GUEST"; hotelId: string; bookingId: string }
  | { kind: "STAFF"; hotelId: string; staffId: string; role: StaffRole };

/** `from`: the status the caller saw; staff moves apply only if the request is still in it. */
export type RequestStatusChange = { requestId: string; status: RequestStatus; from?: RequestStatus; reason?: string | null; now?: Date };

type Locked = { request: ServiceRequest; booking: { id: string; reference: string; status: (typeof bookings.$inferSelect)["status"]; checkedInAt: Date | null; checkedOutAt: Date | null }; hotelSlug: string };

/**
 * Moves a request along its lifecycle (lib/requests/transitions.ts) for the guest (cancel while
 * NEW, before check-out) or staff (forward, or decline with a reason). Another hotel's or
 * booking's request, or one the staff member's role does not see, is NOT_FOUND; a stale
 * `from` is 409 STATUS_CHANGED; a move the lifecycle forbids 409 INVALID_TRANSITION. The first
 * staff move assigns the request to that person. A late check-out done moves the booking's
 * check-out time (audited, announced to the desk's booking screens and the guest).
 */
export async function changeRequestStatus(actor: RequestActor, change: RequestStatusChange): Promise<ServiceRequest> {
  const reason = change.reason?.trim() || null;
  if (actor.kind === "STAFF" && change.status === "DECLINED" && !reason) {
    throw new AppError("VALIDATION_ERROR", "Give a reason the guest will see", { reason: ["Give a reason the guest will see"] });
  }
  const now = change.now ?? new Date();
  return transaction(async (tx) => {
    // Row lock: two staff (or staff and the guest) moving one request are serialised; the second sees the first's status.
    const [row] = await tx
      .select({
        request: serviceRequests,
        booking: { id: bookings.id, reference: bookings.reference, status: bookings.status, checkedInAt: bookings.checkedInAt, checkedOutAt: bookings.checkedOutAt },
        hotelSlug: hotels.slug,
      })
      .from(serviceRequests)
      .innerJoin(bookings, eq(bookings.id, serviceRequests.bookingId))
      .innerJoin(hotels, eq(hotels.id, serviceRequests.hotelId))
      .where(and(eq(serviceRequests.id, change.requestId), eq(serviceRequests.hotelId, actor.hotelId), actor.kind === "GUEST" ? eq(serviceRequests.bookingId, actor.bookingId) : undefined))
      .for("update", { of: serviceRequests });
    if (!row || (actor.kind === "STAFF" && !maySeeRequest(actor.role, row.request))) throw new AppError("NOT_FOUND", "Request not found");
    if (actor.kind === "GUEST" && !canActOnOrdersNow(row.booking)) throw new AppError("STAY_ENDED", "Your stay has ended: requests can no longer be cancelled");
    const from = row.request.status;
    const to = change.status;
    if (change.from && change.from !== from) throw new AppError("STATUS_CHANGED", `This request is now ${from.toLowerCase().replace("_", " ")}; reload and try again`);
    if (!canMoveRequest(from, to, actor.kind)) {
      const message = actor.kind === "GUEST" ? "This request can no longer be cancelled" : `A request that is ${from.toLowerCase().replace("_", " ")} cannot become ${to.toLowerCase().replace("_", " ")}`;
      throw new AppError("INVALID_TRANSITION", message);
    }
    if (to === "DONE" && row.request.kind === "LATE_CHECKOUT" && row.booking.checkedOutAt) {
      throw new AppError("CONFLICT", "The guest has checked out already; decline the request instead");
    }
    const set: Partial<ServiceRequest> & { updatedAt: Date } = { status: to, updatedAt: now };
    if (actor.kind === "STAFF" && !row.request.assignedStaffId) set.assignedStaffId = actor.staffId;
    if (to === "ACKNOWLEDGED" || to === "IN_PROGRESS" || to === "DONE") set.acknowledgedAt = row.request.acknowledgedAt ?? now;
    if (to === "IN_PROGRESS" || to === "DONE") set.startedAt = row.request.startedAt ?? now;
    if (to === "DONE") set.doneAt = now;
    if (to === "DECLINED") {
      set.declinedAt = now;
      set.declineReason = reason;
    }
    if (to === "CANCELLED") set.cancelledAt = now;
    const [updated] = await tx.update(serviceRequests).set(set).where(eq(serviceRequests.id, row.request.id)).returning();
    if (!updated) throw new Error("request update returned nothing");
    const where = { bookingRef: row.booking.reference, hotelSlug: row.hotelSlug };
    await recordEvents(tx, [requestStatusChanged(updated, from, where)]);
    if (to === "DONE" && updated.kind === "LATE_CHECKOUT" && updated.details.checkoutTime) {
      await approveLateCheckout(tx, { ...row, request: updated }, actor.kind === "STAFF" ? actor.staffId : null, now);
    }
    return updated;
  });
}

/** The approved late check-out becomes the booking's check-out time, in the request's transaction. */
async function approveLateCheckout(tx: Tx, row: Locked, staffId: string | null, now: Date): Promise<void> {
  const time = row.request.details.checkoutTime!;
  await tx.update(bookings).set({ lateCheckoutTime: time, updatedAt: now }).where(eq(bookings.id, row.booking.id));
  await auditBooking(tx, { hotelId: row.request.hotelId, bookingId: row.booking.id, staffId, kind: "late_checkout_approved", details: { requestId: row.request.id, checkoutTime: time } });
  await recordEvents(tx, [
    event("booking.updated", guestChannel(row.booking.reference), { booking_id: row.booking.reference, fields: ["late_checkout_time"] }),
    staffBookingChanged(row.hotelSlug, row.booking.reference, "late_checkout_approved"),
  ]);
}
