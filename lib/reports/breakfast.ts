import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { rowsOf, type ReportScope } from "./sql";

// Breakfast by morning (the order's delivery date) and by slot. Covers are the guests of every
// order not cancelled; a no-show is an order neither delivered nor cancelled whose morning's
// serving time has ended (the kitchen never handed it over).

export type BreakfastCounts = { orders: number; covers: number; no_shows: number; no_show_covers: number; cancelled: number };
export type BreakfastReport = {
  mornings: (BreakfastCounts & { date: string })[];
  slots: (BreakfastCounts & { slot: string })[];
  total: BreakfastCounts;
};

type Row = BreakfastCounts & { day: string | null; slot: string | null; by_day: number; by_slot: number };

export async function breakfastReport(db: DbOrTx, s: ReportScope, days: string[], servingEnd: string): Promise<BreakfastReport> {
  const past = sql`((delivery_date + ${servingEnd}::time) at time zone ${s.timezone}) < ${s.now.toISOString()}::timestamptz`;
  const noShow = sql`status not in ('DELIVERED', 'CANCELLED') and ${past}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select delivery_date::text as day, time_slot as slot, grouping(delivery_date)::int as by_slot, grouping(time_slot)::int as by_day,
          count(*) filter (where status <> 'CANCELLED')::int as orders,
          coalesce(sum(guests) filter (where status <> 'CANCELLED'), 0)::int as covers,
          count(*) filter (where ${noShow})::int as no_shows,
          coalesce(sum(guests) filter (where ${noShow}), 0)::int as no_show_covers,
          count(*) filter (where status = 'CANCELLED')::int as cancelled
        from orders
        where hotel_id = ${s.hotelId} and type = 'BREAKFAST' and delivery_date >= ${s.from}::date and delivery_date <= ${s.to}::date
        group by grouping sets ((delivery_date), (time_slot), ())
        order by slot`,
  );
  const counts = (r: Row | undefined): BreakfastCounts => ({ orders: r?.orders ?? 0, covers: r?.covers ?? 0, no_shows: r?.no_shows ?? 0, no_show_covers: r?.no_show_covers ?? 0, cancelled: r?.cancelled ?? 0 });
  // grouping() is 1 for a column rolled up: a morning's row rolls up the slot, and the reverse.
  const mornings = new Map(rows.filter((r) => r.by_day === 1 && r.by_slot === 0).map((r) => [r.day, r]));
  return {
    mornings: days.map((date) => ({ date, ...counts(mornings.get(date)) })),
    slots: rows.filter((r) => r.by_slot === 1 && r.by_day === 0).map((r) => ({ slot: r.slot ?? "—", ...counts(r) })),
    total: counts(rows.find((r) => r.by_day === 1 && r.by_slot === 1)),
  };
}
