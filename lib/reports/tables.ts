import { z } from "zod";
import type { FullReport, ReportSection, SectionData } from "./report";

// Each section's tables, defined once: the page renders them beside its charts and the CSV export
// writes them (header = the column keys, cells = the raw values; the page formats them).

export type CellKind = "text" | "date" | "count" | "minutes" | "share" | "money";
export type Cell = string | number | null;
export type ReportColumn = { key: string; label: string; kind: CellKind; currency?: string };
export type ReportTable = { name: string; caption: string; columns: ReportColumn[]; rows: Cell[][]; total?: Cell[] };

export const REPORT_TABLES = {
  "room-service": ["days", "cancellations"],
  breakfast: ["mornings", "slots"],
  chat: ["days", "staff"],
  requests: ["types"],
  "busiest-hours": ["heatmap"],
} as const satisfies Record<ReportSection, readonly string[]>;

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const col = (key: string, label: string, kind: CellKind, currency?: string): ReportColumn => ({ key, label, kind, ...(currency ? { currency } : {}) });
const timing = (prefix: string, what: string) => [col(`${prefix}_median_min`, `${what}, median (min)`, "minutes"), col(`${prefix}_p90_min`, `${what}, 90th percentile (min)`, "minutes")];

function roomService(d: SectionData["room-service"], currency: string): ReportTable[] {
  // One revenue column per currency delivered in the range (normally just the hotel's).
  const currencies = d.total.revenue.length ? d.total.revenue.map((r) => r.currency) : [currency];
  const revenueCells = (rev: { currency: string; revenue_minor: number }[]) => currencies.map((c) => rev.find((r) => r.currency === c)?.revenue_minor ?? 0);
  const t = d.total;
  return [
    {
      name: "days",
      caption: "Room service per day (by the day each order was placed)",
      columns: [
        col("date", "Day", "date"),
        col("orders", "Orders", "count"),
        col("delivered", "Delivered", "count"),
        col("cancelled", "Cancelled", "count"),
        ...currencies.map((c) => col(`revenue_minor_${c}`, `Revenue (${c})`, "money", c)),
        ...timing("accept", "Placed → accepted"),
        ...timing("deliver", "Placed → delivered"),
      ],
      rows: d.days.map((r) => [r.date, r.orders, r.delivered, r.cancelled, ...revenueCells(r.revenue), r.accept_median_min, r.accept_p90_min, r.deliver_median_min, r.deliver_p90_min]),
      total: ["Total", t.orders, t.delivered, t.cancelled, ...revenueCells(t.revenue), t.accept_median_min, t.accept_p90_min, t.deliver_median_min, t.deliver_p90_min],
    },
    {
      name: "cancellations",
      caption: "Room-service cancellations by reason",
      columns: [col("reason", "Reason", "text"), col("cancelled_by", "Cancelled by", "text"), col("count", "Orders", "count")],
      rows: d.cancellations.map((c) => [c.reason ?? "(no reason given)", c.cancelled_by === "GUEST" ? "Guest" : c.cancelled_by === "STAFF" ? "Staff" : "—", c.count]),
    },
  ];
}

const breakfastColumns = [col("orders", "Orders", "count"), col("covers", "Covers", "count"), col("no_shows", "No-shows", "count"), col("no_show_covers", "No-show covers", "count"), col("cancelled", "Cancelled", "count")];
const breakfastCells = (r: SectionData["breakfast"]["total"]) => [r.orders, r.covers, r.no_shows, r.no_show_covers, r.cancelled];

function breakfast(d: SectionData["breakfast"]): ReportTable[] {
  return [
    { name: "mornings", caption: "Breakfast per morning", columns: [col("date", "Morning", "date"), ...breakfastColumns], rows: d.mornings.map((m) => [m.date, ...breakfastCells(m)]), total: ["Total", ...breakfastCells(d.total)] },
    { name: "slots", caption: "Breakfast per slot (all mornings of the range)", columns: [col("slot", "Slot", "text"), ...breakfastColumns], rows: d.slots.map((s) => [s.slot, ...breakfastCells(s)]), total: ["Total", ...breakfastCells(d.total)] },
  ];
}

function chat(d: SectionData["chat"]): ReportTable[] {
  const within = [col("answered_within_5_min", "Answered within 5 min", "count"), col("within_5_min_share", "Share within 5 min", "share")];
  const t = d.total;
  return [
    {
      name: "days",
      caption: "Chat per day (by the guest's first message)",
      columns: [col("date", "Day", "date"), col("conversations", "Conversations", "count"), col("answered", "Answered", "count"), ...timing("first_response", "First response"), ...within],
      rows: d.days.map((r) => [r.date, r.conversations, r.answered, r.first_response_median_min, r.first_response_p90_min, r.answered_within_target, r.within_target_share]),
      total: ["Total", t.conversations, t.answered, t.first_response_median_min, t.first_response_p90_min, t.answered_within_target, t.within_target_share],
    },
    {
      name: "staff",
      caption: "Chat first responses per staff member",
      columns: [col("staff", "Staff member", "text"), col("answered", "First responses", "count"), ...timing("first_response", "First response"), ...within],
      rows: d.staff.map((r) => [r.name, r.answered, r.first_response_median_min, r.first_response_p90_min, r.answered_within_target, r.within_target_share]),
    },
  ];
}

function requests(d: SectionData["requests"]): ReportTable[] {
  const cells = (r: SectionData["requests"]["total"]) => [r.requests, r.done, r.declined, r.cancelled, r.acknowledge_median_min, r.acknowledge_p90_min, r.done_median_min, r.done_p90_min, r.within_target, r.target_due, r.within_target_share];
  const dept = (x: string) => x.charAt(0) + x.slice(1).toLowerCase().replace("_", " ");
  return [
    {
      name: "types",
      caption: "Service requests per department and type",
      columns: [
        col("department", "Department", "text"),
        col("type", "Type", "text"),
        col("requests", "Requests", "count"),
        col("done", "Done", "count"),
        col("declined", "Declined", "count"),
        col("cancelled", "Cancelled", "count"),
        ...timing("acknowledge", "To acknowledge"),
        ...timing("done", "To done"),
        col("within_target", "Acknowledged within target", "count"),
        col("target_due", "Counted toward target", "count"),
        col("within_target_share", "Share within target", "share"),
      ],
      rows: [...d.types.map((r) => [dept(r.department), r.type_name, ...cells(r)]), ...d.departments.map((r) => [dept(r.department), "All types", ...cells(r)])],
      total: ["All departments", "All types", ...cells(d.total)],
    },
  ];
}

function busiest(d: SectionData["busiest-hours"]): ReportTable[] {
  return [
    {
      name: "heatmap",
      caption: "Orders and guest messages by day of the week and hour",
      columns: [col("day_of_week", "Day", "text"), col("hour", "Hour", "text"), col("orders", "Orders", "count"), col("guest_messages", "Guest messages", "count")],
      rows: d.cells.map((c) => [DAY_NAMES[c.day_of_week - 1]!, `${String(c.hour).padStart(2, "0")}:00`, c.orders, c.guest_messages]),
    },
  ];
}

/** The tables of one section of a report. */
export function sectionTables<S extends ReportSection>(report: Pick<FullReport, S | "currency">, section: S): ReportTable[] {
  const d = report[section] as SectionData[ReportSection];
  switch (section) {
    case "room-service":
      return roomService(d as SectionData["room-service"], report.currency);
    case "breakfast":
      return breakfast(d as SectionData["breakfast"]);
    case "chat":
      return chat(d as SectionData["chat"]);
    case "requests":
      return requests(d as SectionData["requests"]);
    default:
      return busiest(d as SectionData["busiest-hours"]);
  }
}

/** `?format=csv&table=…`: which table of the section to export (each section names its own). */
export const reportFormatSchema = z.object({ format: z.enum(["json", "csv"]).default("json"), table: z.string().max(40).optional() });
