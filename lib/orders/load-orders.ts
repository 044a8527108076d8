import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, guestBookingTokens, orderLines, orders, rooms, type Order, type OrderLine, type OrderStatus, type OrderType, type TokenPurpose } from "@/lib/db/schema";
import { addDays, zonedToUtc } from "@/lib/time/zoned";
import { CHARGED_STATUSES } from "./folio";
import type { OrderWithLines, StaffOrderRow } from "./order-view";

// Reads of orders with their lines. Every query takes the hotel (and for guests the booking)
// explicitly, so another hotel's or booking's order is simply not found.

async function withLines<T extends { order: Order }>(db: DbOrTx, rows: T[]): Promise<(T & { lines: OrderLine[] })[]> {
  if (rows.length === 0) return [];
  const lines = await db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, rows.map((r) => r.order.id)))
    .orderBy(asc(orderLines.orderId), asc(orderLines.position));
  const byOrder = new Map<string, OrderLine[]>();
  for (const l of lines) (byOrder.get(l.orderId) ?? byOrder.set(l.orderId, []).get(l.orderId)!).push(l);
  return rows.map((r) => ({ ...r, lines: byOrder.get(r.order.id) ?? [] }));
}

/** A page of a newest-first list: `before` is the last order id of the previous page. */
export type PageRequest = { limit: number; before?: string };

/**
 * Orders older than the cursor order in the lists' (created_at, id) order. The cursor is an order
 * id looked up within the same hotel, so a cursor from elsewhere matches nothing.
 */
function olderThan(hotelId: string, before: string | undefined, oldestFirst = false): SQL | undefined {
  if (!before) return undefined;
  // Oldest first, the next page holds the newer orders: the same cursor, the other direction.
  const cursor = sql`(select c.created_at, c.id from orders c where c.id = ${before} and c.hotel_id = ${hotelId})`;
  return oldestFirst ? sql`(${orders.createdAt}, ${orders.id}) > ${cursor}` : sql`(${orders.createdAt}, ${orders.id}) < ${cursor}`;
}

/** This booking's orders, newest first (optionally of one type), one page of them. */
export async function listBookingOrders(db: DbOrTx, opts: { hotelId: string; bookingId: string; type?: OrderType; page: PageRequest }): Promise<OrderWithLines[]> {
  const rows = await db
    .select({ order: orders })
    .from(orders)
    .where(and(eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId), opts.type ? eq(orders.type, opts.type) : undefined, olderThan(opts.hotelId, opts.page.before)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(opts.page.limit);
  return withLines(db, rows);
}

/** One order of this booking, or null (another booking's id is not found). */
export async function findBookingOrder(db: DbOrTx, opts: { hotelId: string; bookingId: string; orderId: string }): Promise<OrderWithLines | null> {
  const rows = await db
    .select({ order: orders })
    .from(orders)
    .where(and(eq(orders.id, opts.orderId), eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId)));
  return (await withLines(db, rows))[0] ?? null;
}

/**
 * This booking's orders still under way, oldest first: every open status, breakfast only for a
 * morning not yet past (`today`, the hotel's date). All of them: a booking has few open orders.
 */
export async function openBookingOrders(db: DbOrTx, opts: { hotelId: string; bookingId: string; today: string }): Promise<OrderWithLines[]> {
  const rows = await db
    .select({ order: orders })
    .from(orders)
    .where(
      and(
        eq(orders.hotelId, opts.hotelId),
        eq(orders.bookingId, opts.bookingId),
        inArray(orders.status, ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"]),
        or(eq(orders.type, "ROOM_SERVICE"), gte(orders.deliveryDate, opts.today)),
      ),
    )
    .orderBy(asc(orders.createdAt), asc(orders.id));
  return withLines(db, rows);
}

export type CurrencyTotal = { currency: string; totalMinor: number };

/**
 * The stay's running room charges, every order of the booking that was not cancelled, summed per
 * currency: each order keeps the currency it was priced in, and amounts in two currencies never add.
 */
export async function stayChargesByCurrency(db: DbOrTx, opts: { hotelId: string; bookingId: string }): Promise<CurrencyTotal[]> {
  const rows = await db
    .select({ currency: orders.currency, total: sql<string>`sum(${orders.totalMinor})` })
    .from(orders)
    .where(and(eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId), ne(orders.status, "CANCELLED")))
    .groupBy(orders.currency)
    .orderBy(orders.currency);
  return rows.map((r) => ({ currency: r.currency, totalMinor: Number(r.total) }));
}

export type CurrencySplit = { currency: string; orderedMinor: number; chargedMinor: number };

/**
 * The stay's money in two parts, per currency. Charged: accepted by the hotel (or further), and for
 * breakfast only once its morning has come (`today`, the hotel's date). Ordered: the rest that is
 * not cancelled (received but not accepted yet, breakfasts still ahead).
 */
export async function stayMoneyByCurrency(db: DbOrTx, opts: { hotelId: string; bookingId: string; today: string }): Promise<CurrencySplit[]> {
  // isCharged (lib/orders/folio.ts) in SQL.
  const charged = sql`${inArray(orders.status, [...CHARGED_STATUSES])} and (${orders.type} = 'ROOM_SERVICE' or ${orders.deliveryDate} <= ${opts.today})`;
  const rows = await db
    .select({
      currency: orders.currency,
      charged: sql<string>`coalesce(sum(${orders.totalMinor}) filter (where ${charged}), 0)`,
      ordered: sql<string>`coalesce(sum(${orders.totalMinor}) filter (where not (${charged})), 0)`,
    })
    .from(orders)
    .where(and(eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId), ne(orders.status, "CANCELLED")))
    .groupBy(orders.currency)
    .orderBy(orders.currency);
  return rows.map((r) => ({ currency: r.currency, orderedMinor: Number(r.ordered), chargedMinor: Number(r.charged) }));
}

export type StaffOrderFilters = { statuses?: readonly OrderStatus[]; type?: OrderType; date?: string; oldestFirst?: boolean };

const staffSelect = { order: orders, booking: { reference: bookings.reference, primaryGuestName: bookings.primaryGuestName }, roomNumber: rooms.number, link: { id: guestBookingTokens.id, label: guestBookingTokens.label, purpose: guestBookingTokens.purpose } };

function staffQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(staffSelect)
    .from(orders)
    .innerJoin(bookings, eq(bookings.id, orders.bookingId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .leftJoin(guestBookingTokens, eq(guestBookingTokens.id, orders.orderedViaTokenId))
    .where(where);
}

// A left join gives a link of nulls when the order has none.
type RawStaffRow = { order: Order; booking: StaffOrderRow["booking"]; roomNumber: string | null; link: { id: string | null; label: string | null; purpose: TokenPurpose | null } | null };

const toStaffRow = (r: RawStaffRow & { lines: OrderLine[] }): StaffOrderRow => ({
  order: r.order,
  lines: r.lines,
  booking: r.booking,
  roomNumber: r.roomNumber,
  link: r.link?.id && r.link.purpose ? { id: r.link.id, label: r.link.label, purpose: r.link.purpose } : null,
});

/**
 * The hotel's orders for the staff queue, newest first (or `oldestFirst`). `date` (the hotel's local day) matches
 * breakfast by its morning and room service by when it was ordered. Without `page`, every match.
 */
export async function listHotelOrders(db: DbOrTx, hotel: { id: string; timezone: string }, filters: StaffOrderFilters, page?: PageRequest): Promise<StaffOrderRow[]> {
  const conds: (SQL | undefined)[] = [eq(orders.hotelId, hotel.id), olderThan(hotel.id, page?.before, filters.oldestFirst)];
  if (filters.statuses?.length) conds.push(inArray(orders.status, [...filters.statuses]));
  if (filters.type) conds.push(eq(orders.type, filters.type));
  if (filters.date) {
    const start = zonedToUtc(filters.date, "00:00", hotel.timezone);
    const end = zonedToUtc(addDays(filters.date, 1), "00:00", hotel.timezone);
    conds.push(or(and(eq(orders.type, "BREAKFAST"), eq(orders.deliveryDate, filters.date)), and(eq(orders.type, "ROOM_SERVICE"), gte(orders.createdAt, start), lt(orders.createdAt, end))));
  }
  const query = staffQuery(db, and(...conds)).orderBy(...(filters.oldestFirst ? [asc(orders.createdAt), asc(orders.id)] : [desc(orders.createdAt), desc(orders.id)]));
  const rows = page ? await query.limit(page.limit) : await query;
  return (await withLines(db, rows as RawStaffRow[])).map(toStaffRow);
}

/** One order of the hotel for staff, or null (another hotel's order is not found). */
export async function findHotelOrder(db: DbOrTx, opts: { hotelId: string; orderId: string }): Promise<StaffOrderRow | null> {
  const rows = await staffQuery(db, and(eq(orders.id, opts.orderId), eq(orders.hotelId, opts.hotelId)));
  const [row] = await withLines(db, rows as RawStaffRow[]);
  return row ? toStaffRow(row) : null;
}
