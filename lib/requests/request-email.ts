import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, hotels, requestTypes, serviceRequests, type ServiceRequest } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { recordGuestEmail, sendRecorded } from "@/lib/email/deliver-recorded";
import { emailLocale } from "@/lib/email/email-language";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { guestWatchingOrders } from "@/lib/realtime/guest-watching";
import { localTime } from "@/lib/time/zoned";
import { renderRequestEmail } from "./request-email-text";
import { typeInLanguage } from "./type-text";

// "The guest is not on the page", for requests as for chat replies and orders: a request done or
// declined that the guest has not seen in the portal (reading it there sets guest_seen_at) within
// REQUEST_EMAIL_AFTER_MINUTES is emailed once (guest_emailed_at, claimed under the row's lock
// before SMTP, so two passes never send it twice). Outcomes older than OUTCOME_WINDOW_MS are not
// emailed any more; a stay that has ended gets none.

export const OUTCOME_WINDOW_MS = 2 * 60 * 60 * 1000;

const outcomeAt = sql`coalesce(${serviceRequests.doneAt}, ${serviceRequests.declinedAt})`;

async function findDue(now: Date, limit: number): Promise<{ id: string; bookingRef: string }[]> {
  const after = env().REQUEST_EMAIL_AFTER_MINUTES;
  const dueBy = new Date(now.getTime() - after * 60_000);
  const since = new Date(now.getTime() - OUTCOME_WINDOW_MS);
  return getDb()
    .select({ id: serviceRequests.id, bookingRef: bookings.reference })
    .from(serviceRequests)
    .innerJoin(bookings, eq(bookings.id, serviceRequests.bookingId))
    .where(
      and(
        inArray(serviceRequests.status, ["DONE", "DECLINED"]),
        isNull(serviceRequests.guestEmailedAt),
        or(isNull(serviceRequests.guestSeenAt), lt(serviceRequests.guestSeenAt, outcomeAt)),
        // Bound as text: a Date beside a bare SQL expression has no column type to map it.
        lte(outcomeAt, sql`${dueBy.toISOString()}::timestamptz`),
        gt(outcomeAt, sql`${since.toISOString()}::timestamptz`),
        eq(bookings.status, "CONFIRMED"),
        isNull(bookings.checkedOutAt),
        isNotNull(bookings.email),
      ),
    )
    .orderBy(asc(serviceRequests.updatedAt))
    .limit(limit);
}

const stillDue = (r: ServiceRequest) =>
  (r.status === "DONE" || r.status === "DECLINED") && !r.guestEmailedAt && !(r.guestSeenAt && r.guestSeenAt.getTime() >= (r.doneAt ?? r.declinedAt ?? new Date(0)).getTime());

/** One pass (the sweeper runs it every minute; the cron sweep route too). */
export async function emailRequestOutcomes(opts: { now?: Date; limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? new Date();
  let sent = 0;
  let failed = 0;
  for (const c of await findDue(now, opts.limit ?? 20)) {
    // Network call outside any transaction; a guest with the page open refetches and sees it.
    if ((await guestWatchingOrders(c.bookingRef)) !== false) continue;
    const prepared = await transaction(async (tx) => {
      const [row] = await tx
        .select({ request: serviceRequests, booking: bookings, hotel: hotels, type: requestTypes })
        .from(serviceRequests)
        .innerJoin(bookings, eq(bookings.id, serviceRequests.bookingId))
        .innerJoin(hotels, eq(hotels.id, serviceRequests.hotelId))
        .leftJoin(requestTypes, eq(requestTypes.id, serviceRequests.typeId))
        .where(eq(serviceRequests.id, c.id))
        .for("update", { of: serviceRequests });
      const to = row?.booking.email;
      if (!row || !to || !stillDue(row.request)) return null;
      const { request, booking, hotel, type } = row;
      const locale = isLocale(request.language) ? request.language : emailLocale(booking, hotel);
      const name = type ? typeInLanguage(type, locale, hotel.defaultLanguage).name : request.typeName;
      const mail = renderRequestEmail({
        outcome: request.status as "DONE" | "DECLINED",
        locale,
        hotelName: hotel.name,
        guestName: booking.primaryGuestName,
        name,
        askedAt: localTime(request.createdAt, hotel.timezone),
        reason: request.declineReason,
        lateCheckoutTime: request.kind === "LATE_CHECKOUT" && request.status === "DONE" ? (request.details.checkoutTime ?? null) : null,
      });
      await tx.update(serviceRequests).set({ guestEmailedAt: now }).where(eq(serviceRequests.id, request.id));
      return recordGuestEmail(tx, { hotelId: hotel.id, bookingId: booking.id, to, mail });
    });
    if (!prepared) continue;
    if (await sendRecorded(prepared, { label: "request email" })) sent++;
    else failed++;
  }
  return { sent, failed };
}
