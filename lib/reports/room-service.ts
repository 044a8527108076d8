import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { localDay, medianOf, minutesBetween, p90Of, rangeEnd, rangeStart, rowsOf, share, type ReportScope } from "./sql";

// Room service by the local day the order was placed (an order placed at 23:59 and delivered
// after midnight belongs to the day it was placed). Times in minutes from placing.

export type Timings = { accept_median_min: number | null; accept_p90_min: number | null; deliver_median_min: number | null; deliver_p90_min: number | null };
export type Revenue = { currency: string; revenue_minor: number };
export type RoomServiceDay = Timings & { date: string; orders: number; delivered: number; cancelled: number; revenue: Revenue[] };
export type RoomServiceReport = {
  days: RoomServiceDay[];
  total: Timings & { orders: number; delivered: number; cancelled: number; revenue: Revenue[]; delivered_with_promise: number; delivered_late: number; late_share: number | null };
  cancellations: { reason: string | null; cancelled_by: string | null; count: number }[];
};

type Row = Timings & { day: string | null; orders: number; delivered: number; cancelled: number; with_promise: number; late: number };

export async function roomServiceReport(db: DbOrTx, s: ReportScope, days: string[]): Promise<RoomServiceReport> {
  // The local day is computed once in a subquery, so grouping by it matches the select list.
  const placed = sql`from (select *, ${localDay(s, sql`created_at`)} as day from orders
    where hotel_id = ${s.hotelId} and type = 'ROOM_SERVICE' and created_at >= ${rangeStart(s)} and created_at < ${rangeEnd(s)}) o`;
  const accept = minutesBetween(sql`created_at`, sql`accepted_at`);
  const deliver = minutesBetween(sql`created_at`, sql`delivered_at`);
  const [rows, revenue, cancellations] = await Promise.all([
    rowsOf<Row>(
      db,
      sql`select day::text as day, count(*)::int as orders,
            count(*) filter (where status = 'DELIVERED')::int as delivered, count(*) filter (where status = 'CANCELLED')::int as cancelled,
            ${medianOf(accept)} as accept_median_min, ${p90Of(accept)} as accept_p90_min,
            ${medianOf(deliver)} as deliver_median_min, ${p90Of(deliver)} as deliver_p90_min,
            count(*) filter (where status = 'DELIVERED' and promised_at is not null)::int as with_promise,
            count(*) filter (where status = 'DELIVERED' and delivered_at > promised_at)::int as late
          ${placed}
          group by grouping sets ((day), ())`,
    ),
    // Revenue is what was delivered, per currency (a hotel that changed currency keeps both).
    rowsOf<{ day: string | null; currency: string; revenue_minor: number }>(
      db,
      sql`select day::text as day, currency, sum(total_minor)::float8 as revenue_minor
          ${placed} where status = 'DELIVERED'
          group by grouping sets ((day, currency), (currency)) order by currency`,
    ),
    rowsOf<{ reason: string | null; cancelled_by: string | null; count: number }>(
      db,
      sql`select nullif(btrim(cancel_reason), '') as reason, cancelled_by, count(*)::int as count
          ${placed} where status = 'CANCELLED'
          group by 1, 2 order by count desc, reason nulls last, cancelled_by`,
    ),
  ]);
  const revenueOf = (day: string | null): Revenue[] => revenue.filter((r) => r.day === day).map((r) => ({ currency: r.currency, revenue_minor: Number(r.revenue_minor) }));
  const timings = (r: Row | undefined): Timings => ({
    accept_median_min: r?.accept_median_min ?? null,
    accept_p90_min: r?.accept_p90_min ?? null,
    deliver_median_min: r?.deliver_median_min ?? null,
    deliver_p90_min: r?.deliver_p90_min ?? null,
  });
  const byDay = new Map(rows.filter((r) => r.day !== null).map((r) => [r.day, r]));
  const total = rows.find((r) => r.day === null);
  return {
    days: days.map((date) => {
      const r = byDay.get(date);
      return { date, orders: r?.orders ?? 0, delivered: r?.delivered ?? 0, cancelled: r?.cancelled ?? 0, revenue: revenueOf(date), ...timings(r) };
    }),
    total: {
      orders: total?.orders ?? 0,
      delivered: total?.delivered ?? 0,
      cancelled: total?.cancelled ?? 0,
      revenue: revenueOf(null),
      ...timings(total),
      delivered_with_promise: total?.with_promise ?? 0,
      delivered_late: total?.late ?? 0,
      late_share: share(total?.late ?? 0, total?.with_promise ?? 0),
    },
    cancellations,
  };
}
