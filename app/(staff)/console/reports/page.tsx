import type { Metadata } from "next";
import { BarChart } from "@/components/reports/bar-chart";
import { HeatMap, HeatMapTable } from "@/components/reports/heat-map";
import { LineChart } from "@/components/reports/line-chart";
import { ReportTableView } from "@/components/reports/report-table";
import { shortDay } from "@/components/reports/scale";
import { formatMinor } from "@/components/ui/money";
import { REPORT_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { zodFields } from "@/lib/http/parse";
import { reportRangeSchema } from "@/lib/reports/range";
import { fullReport, type ReportSection } from "@/lib/reports/report";
import { sectionTables, type ReportTable } from "@/lib/reports/tables";
import { RangePicker } from "./range-picker";

export const metadata: Metadata = { title: "Reports" };
export const dynamic = "force-dynamic";

const minutes = (n: number | null) => (n === null ? "—" : `${n.toFixed(1)} min`);
const percent = (n: number | null) => (n === null ? "—" : `${Math.round(n * 100)}%`);

/** "most on 29 Mar (4)" for a per-day series, for the charts' spoken summaries. */
function peak(days: string[], values: (number | null)[]): string {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > values[best]!)) best = i;
  });
  return best < 0 || !values[best] ? "none" : `highest on ${shortDay(days[best]!)} (${values[best]})`;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="space-y-4">
      <h2 id={`${id}-h`} className="border-b border-stone-200 pb-1 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The manager's figures for a range of local days: how fast the hotel answers, cooks and delivers. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage(REPORT_ROLES);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = reportRangeSchema.safeParse(raw);
  // A bad range says why beside the picker and shows the default range meanwhile.
  const input = parsed.success ? parsed.data : reportRangeSchema.parse({});
  const errors = parsed.success ? {} : zodFields(parsed.error);
  const report = await fullReport(ctx.hotel, input);
  const { range } = report;
  const rangeQuery = new URLSearchParams(range.preset === "custom" ? { range: "custom", from: range.from, to: range.to } : { range: range.preset }).toString();
  const csv = (section: ReportSection, table: string) => `/api/console/reports/${section}?${rangeQuery}&format=csv&table=${table}`;
  const tables = (section: ReportSection) => Object.fromEntries(sectionTables(report, section).map((t) => [t.name, t])) as Record<string, ReportTable>;
  const period = range.days.length === 1 ? shortDay(range.from) : `${shortDay(range.from)} – ${shortDay(range.to)} (${range.days.length} days)`;

  const rs = report["room-service"];
  const bf = report.breakfast;
  const chat = report.chat;
  const req = report.requests;
  const busy = report["busiest-hours"];
  const revenue = rs.total.revenue.length ? rs.total.revenue.map((r) => formatMinor(r.revenue_minor, r.currency)).join(" + ") : formatMinor(0, report.currency);
  const cards = [
    { label: "Room-service orders", value: rs.total.orders.toLocaleString("en-GB") },
    { label: "Room-service revenue (delivered)", value: revenue },
    { label: "Placed → delivered, median", value: minutes(rs.total.deliver_median_min) },
    { label: "Delivered after the promise", value: percent(rs.total.late_share) },
    { label: "Breakfast covers", value: bf.total.covers.toLocaleString("en-GB") },
    { label: "Breakfast no-shows", value: bf.total.no_shows.toLocaleString("en-GB") },
    { label: "Chat first response, median", value: minutes(chat.total.first_response_median_min) },
    { label: "Chats answered within 5 min", value: percent(chat.total.within_target_share) },
    { label: "Requests acknowledged within target", value: percent(req.total.within_target_share) },
  ];
  const rsT = tables("room-service");
  const bfT = tables("breakfast");
  const chatT = tables("chat");
  const reqT = tables("requests");

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <div>
          <h1 className="text-2xl font-semibold">Reports</h1>
          <p className="text-sm text-stone-700">
            {period} · days in {ctx.hotel.timezone}
          </p>
        </div>
        <RangePicker preset={raw.range ?? range.preset} from={raw.from ?? (range.preset === "custom" ? range.from : "")} to={raw.to ?? (range.preset === "custom" ? range.to : "")} errors={errors} />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {cards.map((c) => (
            <div key={c.label} className="rounded-lg border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-700">{c.label}</dt>
              <dd className="text-2xl font-semibold text-stone-900 tabular-nums">{c.value}</dd>
            </div>
          ))}
        </dl>
      </div>

      <Section id="room-service" title="Room service">
        <div className="grid gap-4 xl:grid-cols-2">
          <LineChart
            days={range.days}
            series={[
              { name: "Orders", values: rs.days.map((d) => d.orders) },
              { name: "Delivered", values: rs.days.map((d) => d.delivered) },
            ]}
            summary={`Room-service orders per day, ${period}: ${rs.total.orders} orders, ${rs.total.delivered} delivered; ${peak(range.days, rs.days.map((d) => d.orders))}.`}
          />
          <LineChart
            days={range.days}
            unit="minutes"
            series={[
              { name: "Placed → delivered, median", values: rs.days.map((d) => d.deliver_median_min) },
              { name: "90th percentile", values: rs.days.map((d) => d.deliver_p90_min) },
            ]}
            summary={`Minutes from placing to delivery per day: median ${minutes(rs.total.deliver_median_min)}, 90th percentile ${minutes(rs.total.deliver_p90_min)} over the range.`}
          />
        </div>
        <ReportTableView table={rsT.days!} csvHref={csv("room-service", "days")} />
        <p className="text-sm text-stone-700">
          Placed → accepted: median {minutes(rs.total.accept_median_min)}, 90th percentile {minutes(rs.total.accept_p90_min)}. Delivered after the promised time: {rs.total.delivered_late} of {rs.total.delivered_with_promise} ({percent(rs.total.late_share)}).
        </p>
        <ReportTableView table={rsT.cancellations!} csvHref={csv("room-service", "cancellations")} empty="No cancellations in this range." />
      </Section>

      <Section id="breakfast" title="Breakfast">
        <div className="grid gap-4 xl:grid-cols-2">
          <LineChart
            days={range.days}
            series={[
              { name: "Covers", values: bf.mornings.map((m) => m.covers) },
              { name: "No-show covers", values: bf.mornings.map((m) => m.no_show_covers) },
            ]}
            summary={`Breakfast covers per morning, ${period}: ${bf.total.covers} covers, ${bf.total.no_shows} no-shows; ${peak(range.days, bf.mornings.map((m) => m.covers))}.`}
          />
          <BarChart
            categories={bf.slots.map((s) => s.slot)}
            series={[
              { name: "Covers", values: bf.slots.map((s) => s.covers) },
              { name: "No-show covers", values: bf.slots.map((s) => s.no_show_covers) },
            ]}
            summary={bf.slots.length ? `Breakfast covers per slot: ${bf.slots.map((s) => `${s.slot} ${s.covers}`).join(", ")}.` : "Breakfast covers per slot: no breakfast in this range."}
          />
        </div>
        <div className="grid gap-4 xl:grid-cols-2">
          <ReportTableView table={bfT.mornings!} csvHref={csv("breakfast", "mornings")} />
          <ReportTableView table={bfT.slots!} csvHref={csv("breakfast", "slots")} empty="No breakfast ordered for these mornings." />
        </div>
      </Section>

      <Section id="chat" title="Chat">
        <div className="grid gap-4 xl:grid-cols-2">
          <LineChart
            days={range.days}
            series={[
              { name: "Conversations started", values: chat.days.map((d) => d.conversations) },
              { name: "Answered within 5 min", values: chat.days.map((d) => d.answered_within_target) },
            ]}
            summary={`Chat conversations per day, ${period}: ${chat.total.conversations} started, ${chat.total.answered_within_target} answered within 5 minutes; ${peak(range.days, chat.days.map((d) => d.conversations))}.`}
          />
          <LineChart
            days={range.days}
            unit="minutes"
            series={[
              { name: "First response, median", values: chat.days.map((d) => d.first_response_median_min) },
              { name: "90th percentile", values: chat.days.map((d) => d.first_response_p90_min) },
            ]}
            summary={`Minutes to the first staff reply per day: median ${minutes(chat.total.first_response_median_min)}, 90th percentile ${minutes(chat.total.first_response_p90_min)} over the range.`}
          />
        </div>
        <ReportTableView table={chatT.days!} csvHref={csv("chat", "days")} />
        <p className="text-sm text-stone-700">
          Resolved: {chat.total.resolved} of {chat.total.conversations}; time to resolve, median {minutes(chat.total.resolution_median_min)}, 90th percentile {minutes(chat.total.resolution_p90_min)}.
        </p>
        <ReportTableView table={chatT.staff!} csvHref={csv("chat", "staff")} empty="No staff replies in this range." />
      </Section>

      <Section id="requests" title="Service requests">
        <ReportTableView table={reqT.types!} csvHref={csv("requests", "types")} empty="No service requests in this range." />
      </Section>

      <Section id="busiest-hours" title="Busiest hours">
        <HeatMap cells={busy.cells} max={busy.max} />
        <HeatMapTable cells={busy.cells} csvHref={csv("busiest-hours", "heatmap")} />
      </Section>
    </div>
  );
}
