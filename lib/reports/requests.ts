import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { medianOf, minutesBetween, p90Of, rangeEnd, rangeStart, rowsOf, share, type ReportScope } from "./sql";

// Service requests made in the range, per department and type (the type's name when asked). The
// first staff move (acknowledge, start, done or decline: staff may skip forward) is the
// acknowledgement; "within target" is acknowledged by the promise (created + the type's target).
// A request counts toward the target once it was acknowledged or its promise has passed;
// cancelled ones (the guest withdrew while NEW) never do.

export type RequestFigures = {
  requests: number;
  done: number;
  declined: number;
  cancelled: number;
  acknowledge_median_min: number | null;
  acknowledge_p90_min: number | null;
  done_median_min: number | null;
  done_p90_min: number | null;
  within_target: number;
  target_due: number;
  within_target_share: number | null;
};
export type RequestsReport = {
  types: (RequestFigures & { department: string; type_name: string })[];
  departments: (RequestFigures & { department: string })[];
  total: RequestFigures;
};

type Row = Omit<RequestFigures, "within_target_share"> & { department: string | null; type_name: string | null; by_department: number; by_type: number };

export async function requestsReport(db: DbOrTx, s: ReportScope): Promise<RequestsReport> {
  const acknowledge = minutesBetween(sql`created_at`, sql`acked_at`);
  const done = minutesBetween(sql`created_at`, sql`done_at`);
  const rows = await rowsOf<Row>(
    db,
    sql`select department::text as department, type_name, grouping(type_name)::int as by_department, grouping(department)::int as by_type,
          count(*)::int as requests, count(*) filter (where status = 'DONE')::int as done,
          count(*) filter (where status = 'DECLINED')::int as declined, count(*) filter (where status = 'CANCELLED')::int as cancelled,
          ${medianOf(acknowledge)} as acknowledge_median_min, ${p90Of(acknowledge)} as acknowledge_p90_min,
          ${medianOf(sql`case when status = 'DONE' then ${done} end`)} as done_median_min, ${p90Of(sql`case when status = 'DONE' then ${done} end`)} as done_p90_min,
          count(*) filter (where acked_at <= promised_at)::int as within_target,
          count(*) filter (where status <> 'CANCELLED' and (acked_at is not null or promised_at < ${s.now.toISOString()}::timestamptz))::int as target_due
        from (select *, least(acknowledged_at, started_at, done_at, declined_at) as acked_at from service_requests
              where hotel_id = ${s.hotelId} and created_at >= ${rangeStart(s)} and created_at < ${rangeEnd(s)}) r
        group by grouping sets ((department, type_name), (department), ())
        order by department, type_name`,
  );
  const figures = (r: Row | undefined): RequestFigures => ({
    requests: r?.requests ?? 0,
    done: r?.done ?? 0,
    declined: r?.declined ?? 0,
    cancelled: r?.cancelled ?? 0,
    acknowledge_median_min: r?.acknowledge_median_min ?? null,
    acknowledge_p90_min: r?.acknowledge_p90_min ?? null,
    done_median_min: r?.done_median_min ?? null,
    done_p90_min: r?.done_p90_min ?? null,
    within_target: r?.within_target ?? 0,
    target_due: r?.target_due ?? 0,
    within_target_share: share(r?.within_target ?? 0, r?.target_due ?? 0),
  });
  return {
    types: rows.filter((r) => r.by_department === 0 && r.by_type === 0).map((r) => ({ department: r.department!, type_name: r.type_name!, ...figures(r) })),
    departments: rows.filter((r) => r.by_department === 1 && r.by_type === 0).map((r) => ({ department: r.department!, ...figures(r) })),
    total: figures(rows.find((r) => r.by_department === 1 && r.by_type === 1)),
  };
}
