import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, emailMessages, hotels, orderLines, orders, type Order } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { recordGuestEmail, sendRecorded } from "@/lib/email/deliver-recorded";
import { emailLocale } from "@/lib/email/email-language";
import { orderEmailSubjects, orderSubjectTails, renderOrderEmail, type OrderEmailKind } from "@/lib/email/order-email-text";
import { guestWatchingOrders } from "@/lib/realtime/guest-watching";
import { localTime } from "@/lib/time/zoned";

// "The guest is not on the page", for orders as for chat replies (lib/chat/unseen-reply-email.ts):
// when the hotel cancels an order, or an order's expected time passes, and the hotel's delay
// (hotels.chat_email_after_minutes) later the guest has no portal page open that shows orders,
// they get one email per order and event. The email row itself is the record: its subject names
// the order and the event, so a later pass (or a parallel one, behind the order's row lock) finds
// it and sends nothing. Events older than EVENT_WINDOW_MS are not emailed any more.

export const EVENT_WINDOW_MS = 2 * 60 * 60 * 1000;

type Candidate = { orderId: string; kind: OrderEmailKind };

const delayed = (column: typeof orders.cancelledAt | typeof orders.etaAt, now: Date) =>
  lte(column, sql`${now.toISOString()}::timestamptz - make_interval(mins => ${hotels.chatEmailAfterMinutes})`);

async function findDue(now: Date, limit: number): Promise<Candidate[]> {
  const since = new Date(now.getTime() - EVENT_WINDOW_MS);
  const cancelled = and(eq(orders.status, "CANCELLED"), eq(orders.cancelledBy, "STAFF"), isNotNull(orders.cancelledAt), delayed(orders.cancelledAt, now), gt(orders.cancelledAt, since));
  const late = and(eq(orders.type, "ROOM_SERVICE"), inArray(orders.status, ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"]), isNotNull(orders.etaAt), delayed(orders.etaAt, now), gt(orders.etaAt, since));
  // The subject's ending for this order and event, in any of the guest languages (lib/email/
  // order-email-text.ts orderSubjectTails), so orders already emailed do not fill every pass's batch.
  const reference = sql`'(' || upper(left(${orders.id}::text, 6)) || ')'`;
  const endsAs = (kind: OrderEmailKind): SQL =>
    sql.join(
      orderSubjectTails(kind).map((tail) => sql`right(e.subject, length(${reference} || ${tail}::text)) = ${reference} || ${tail}::text`),
      sql` or `,
    );
  const notEmailedYet = sql`not exists (select 1 from email_messages e where e.booking_id = ${orders.bookingId} and case when ${orders.status} = 'CANCELLED' then (${endsAs("cancelled")}) else (${endsAs("late")}) end)`;
  const rows = await getDb()
    .select({ orderId: orders.id, status: orders.status })
    .from(orders)
    .innerJoin(bookings, eq(bookings.id, orders.bookingId))
    .innerJoin(hotels, eq(hotels.id, orders.hotelId))
    .where(and(or(cancelled, late), eq(bookings.status, "CONFIRMED"), isNull(bookings.checkedOutAt), isNotNull(bookings.email), notEmailedYet))
    .orderBy(asc(orders.updatedAt))
    .limit(limit);
  return rows.map((r) => ({ orderId: r.orderId, kind: r.status === "CANCELLED" ? "cancelled" : "late" }));
}

const stillDue = (o: Order, kind: OrderEmailKind, now: Date) =>
  kind === "cancelled" ? o.status === "CANCELLED" && o.cancelledBy === "STAFF" : o.status !== "CANCELLED" && o.status !== "DELIVERED" && o.etaAt !== null && o.etaAt.getTime() < now.getTime();

/** One pass (the sweeper runs it every minute; the cron sweep route too). */
export async function emailOrderEvents(opts: { now?: Date; limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? new Date();
  let sent = 0;
  let failed = 0;
  for (const c of await findDue(now, opts.limit ?? 20)) {
    const [ref] = await getDb().select({ reference: bookings.reference }).from(orders).innerJoin(bookings, eq(bookings.id, orders.bookingId)).where(eq(orders.id, c.orderId));
    // Network call outside any transaction; a guest watching the page saw it happen live.
    if (!ref || (await guestWatchingOrders(ref.reference)) !== false) continue;
    const prepared = await transaction(async (tx) => {
      const [row] = await tx
        .select({ order: orders, booking: bookings, hotel: hotels })
        .from(orders)
        .innerJoin(bookings, eq(bookings.id, orders.bookingId))
        .innerJoin(hotels, eq(hotels.id, orders.hotelId))
        .where(eq(orders.id, c.orderId))
        .for("update", { of: orders });
      const to = row?.booking.email;
      if (!row || !to || !stillDue(row.order, c.kind, now)) return null;
      const { order, booking, hotel } = row;
      const input = { kind: c.kind, hotelName: hotel.name, placedAt: localTime(order.createdAt, hotel.timezone), reference: order.id.slice(0, 6).toUpperCase() };
      // Sent already, in whichever language the booking had then?
      const [already] = await tx
        .select({ id: emailMessages.id })
        .from(emailMessages)
        .where(and(eq(emailMessages.bookingId, booking.id), inArray(emailMessages.subject, orderEmailSubjects(input))))
        .limit(1);
      if (already) return null;
      const lines = await tx
        .select({ name: orderLines.name, guestName: orderLines.guestName, quantity: orderLines.quantity })
        .from(orderLines)
        .where(eq(orderLines.orderId, order.id))
        .orderBy(asc(orderLines.position));
      const mail = renderOrderEmail({
        ...input,
        locale: emailLocale(booking, hotel),
        guestName: booking.primaryGuestName,
        // The dishes as the guest saw them when ordering (the kitchen's name when the same).
        items: lines.map((l) => (l.quantity > 1 ? `${l.quantity} × ${l.guestName ?? l.name}` : (l.guestName ?? l.name))),
        reason: order.cancelReason,
        expectedAt: order.etaAt ? localTime(order.etaAt, hotel.timezone) : null,
      });
      return recordGuestEmail(tx, { hotelId: hotel.id, bookingId: booking.id, to, mail });
    });
    if (!prepared) continue;
    if (await sendRecorded(prepared, { label: "order email" })) sent++;
    else failed++;
  }
  return { sent, failed };
}
