import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { rangeEnd, rangeStart, rowsOf, type ReportScope } from "./sql";

// When guests want something: orders placed (room service and breakfast) and guest chat messages,
// by the hotel's local day of the week (1 = Monday … 7 = Sunday) and hour (0–23).

export type HeatCell = { day_of_week: number; hour: number; orders: number; guest_messages: number };
export type BusiestHoursReport = { cells: HeatCell[]; max: number };

export async function busiestHoursReport(db: DbOrTx, s: ReportScope): Promise<BusiestHoursReport> {
  const at = (col: string) => sql`(${sql.raw(col)} at time zone ${s.timezone})`;
  const rows = await rowsOf<HeatCell>(
    db,
    sql`select dow as day_of_week, hour, sum(orders)::int as orders, sum(messages)::int as guest_messages from (
          select extract(isodow from ${at("o.created_at")})::int as dow, extract(hour from ${at("o.created_at")})::int as hour, 1 as orders, 0 as messages
          from orders o where o.hotel_id = ${s.hotelId} and o.created_at >= ${rangeStart(s)} and o.created_at < ${rangeEnd(s)}
          union all
          select extract(isodow from ${at("m.created_at")})::int, extract(hour from ${at("m.created_at")})::int, 0, 1
          -- Per conversation active since the range began, its own messages through the (conversation,
          -- id) index: never a pass over every hotel's messages. OFFSET 0 keeps the planner from
          -- flattening the lateral into a hash join over the whole table (measured: bench:reports).
          from conversations c
          cross join lateral (select m.created_at from chat_messages m where m.conversation_id = c.id and m.sender = 'GUEST' and m.created_at >= ${rangeStart(s)} and m.created_at < ${rangeEnd(s)} offset 0) m
          where c.hotel_id = ${s.hotelId} and c.last_activity_at >= ${rangeStart(s)}
        ) x group by dow, hour`,
  );
  const byCell = new Map(rows.map((r) => [`${r.day_of_week}:${r.hour}`, r]));
  // Every cell, empty ones too: a chart and a CSV with holes would read as missing data.
  const cells: HeatCell[] = [];
  for (let d = 1; d <= 7; d++) for (let h = 0; h < 24; h++) cells.push(byCell.get(`${d}:${h}`) ?? { day_of_week: d, hour: h, orders: 0, guest_messages: 0 });
  return { cells, max: Math.max(0, ...cells.map((c) => c.orders + c.guest_messages)) };
}
