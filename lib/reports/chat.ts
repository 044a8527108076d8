import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { localDay, medianOf, minutesBetween, p90Of, rangeEnd, rangeStart, rowsOf, share, type ReportScope } from "./sql";

// Chat: a conversation counts on the local day of the guest's first message, when that day is in
// the range. First response = the first staff message after it (by message id, which grows with
// time); its author is the first responder. Resolution = when the desk resolved it (its last
// resolve; a reopen clears it) minus the first guest message, for RESOLVED ones.

export const ANSWER_TARGET_MINUTES = 5;

export type ChatFigures = {
  conversations: number;
  answered: number;
  first_response_median_min: number | null;
  first_response_p90_min: number | null;
  answered_within_target: number;
  within_target_share: number | null;
};
export type ChatReport = {
  days: (ChatFigures & { date: string })[];
  staff: { staff_id: string; name: string; answered: number; first_response_median_min: number | null; first_response_p90_min: number | null; answered_within_target: number; within_target_share: number | null }[];
  total: ChatFigures & { resolved: number; resolution_median_min: number | null; resolution_p90_min: number | null };
};

type Row = Omit<ChatFigures, "within_target_share"> & { day: string | null; staff_id: string | null; name: string | null; by_day: number; by_staff: number; resolved: number; resolution_median_min: number | null; resolution_p90_min: number | null };

export async function chatReport(db: DbOrTx, s: ReportScope, days: string[]): Promise<ChatReport> {
  const response = minutesBetween(sql`guest_at`, sql`staff_at`);
  const resolution = sql`case when status = 'RESOLVED' then ${minutesBetween(sql`guest_at`, sql`resolved_at`)} end`;
  const rows = await rowsOf<Row>(
    db,
    // Conversations active since the range began (the hotel + last-activity index) hold every first
    // guest message in it; each one's first guest message and first reply come from the
    // (conversation, id) index, so the cost follows the range's conversations, not the history.
    sql`with firsts as (
          select c.status, c.resolved_at, g.created_at as guest_at, ${localDay(s, sql`g.created_at`)} as day, r.created_at as staff_at, r.staff_id
          from conversations c
          cross join lateral (select m.id, m.created_at from chat_messages m where m.conversation_id = c.id and m.sender = 'GUEST' order by m.id limit 1) g
          left join lateral (select m.created_at, m.staff_id from chat_messages m where m.conversation_id = c.id and m.sender = 'STAFF' and m.id > g.id order by m.id limit 1) r on true
          where c.hotel_id = ${s.hotelId} and c.last_activity_at >= ${rangeStart(s)} and c.created_at < ${rangeEnd(s)}
            and g.created_at >= ${rangeStart(s)} and g.created_at < ${rangeEnd(s)}
        ), grouped as (
          select day::text as day, staff_id, grouping(day)::int as by_staff, grouping(staff_id)::int as by_day,
            count(*)::int as conversations, count(staff_at)::int as answered,
            ${medianOf(response)} as first_response_median_min, ${p90Of(response)} as first_response_p90_min,
            count(*) filter (where staff_at <= guest_at + make_interval(mins => ${ANSWER_TARGET_MINUTES}))::int as answered_within_target,
            count(*) filter (where status = 'RESOLVED')::int as resolved,
            ${medianOf(resolution)} as resolution_median_min, ${p90Of(resolution)} as resolution_p90_min
          from firsts
          group by grouping sets ((day), (staff_id), ())
        )
        select g.*, u.name from grouped g left join staff_users u on u.id = g.staff_id
        order by u.name`,
  );
  const figures = (r: Row | undefined): ChatFigures => ({
    conversations: r?.conversations ?? 0,
    answered: r?.answered ?? 0,
    first_response_median_min: r?.first_response_median_min ?? null,
    first_response_p90_min: r?.first_response_p90_min ?? null,
    answered_within_target: r?.answered_within_target ?? 0,
    within_target_share: share(r?.answered_within_target ?? 0, r?.conversations ?? 0),
  });
  const byDay = new Map(rows.filter((r) => r.by_day === 1 && r.by_staff === 0).map((r) => [r.day, r]));
  const total = rows.find((r) => r.by_day === 1 && r.by_staff === 1);
  return {
    days: days.map((date) => ({ date, ...figures(byDay.get(date)) })),
    // Unanswered conversations have no first responder: they appear in the totals only.
    staff: rows
      .filter((r) => r.by_staff === 1 && r.by_day === 0 && r.staff_id)
      .map((r) => ({
        staff_id: r.staff_id!,
        name: r.name ?? "Former staff",
        answered: r.answered,
        first_response_median_min: r.first_response_median_min,
        first_response_p90_min: r.first_response_p90_min,
        answered_within_target: r.answered_within_target,
        within_target_share: share(r.answered_within_target, r.answered),
      })),
    total: { ...figures(total), resolved: total?.resolved ?? 0, resolution_median_min: total?.resolution_median_min ?? null, resolution_p90_min: total?.resolution_p90_min ?? null },
  };
}
