import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import type { ReportRange } from "./range";

// Shared pieces of the report queries. Every figure is computed in SQL on one hotel's rows, with
// days and hours read on the hotel's wall clock (AT TIME ZONE), so a DST day has 23 or 25 hours.

/** What every section query needs: the hotel, its zone, the local days, and "now" (tests fix it). */
export type ReportScope = { hotelId: string; timezone: string; from: string; to: string; now: Date };

export function reportScope(hotelId: string, range: ReportRange, now = new Date()): ReportScope {
  return { hotelId, timezone: range.timezone, from: range.from, to: range.to, now };
}

/** The instant the first day starts (local midnight). */
export const rangeStart = (s: ReportScope): SQL => sql`((${s.from}::date)::timestamp at time zone ${s.timezone})`;
/** The instant after the last day ends (the next local midnight). */
export const rangeEnd = (s: ReportScope): SQL => sql`((${s.to}::date + 1)::timestamp at time zone ${s.timezone})`;
/** The hotel's calendar day of an instant, as YYYY-MM-DD text. */
export const localDay = (s: ReportScope, at: SQL): SQL => sql`((${at} at time zone ${s.timezone})::date)`;
/** Minutes between two instants (null when either is null). */
export const minutesBetween = (from: SQL, to: SQL): SQL => sql`(extract(epoch from (${to} - ${from})) / 60.0)`;
/** Median and 90th percentile of minutes, to a tenth; nulls are ignored, no values give nulls. */
export const medianOf = (x: SQL): SQL => sql`round((percentile_cont(0.5) within group (order by ${x}))::numeric, 1)::float8`;
export const p90Of = (x: SQL): SQL => sql`round((percentile_cont(0.9) within group (order by ${x}))::numeric, 1)::float8`;

/** Rows of a raw query: the postgres driver answers an array, PGlite an object with `rows`. */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** A share as a fraction to three places, or null when nothing could be counted. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
