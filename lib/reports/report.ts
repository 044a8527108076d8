import "server-only";
import { getDb } from "@/lib/db/client";
import type { Hotel } from "@/lib/db/schema";
import { breakfastReport, type BreakfastReport } from "./breakfast";
import { busiestHoursReport, type BusiestHoursReport } from "./busiest-hours";
import { chatReport, type ChatReport } from "./chat";
import { resolveRange, type ReportRange, type ReportRangeInput } from "./range";
import { requestsReport, type RequestsReport } from "./requests";
import { roomServiceReport, type RoomServiceReport } from "./room-service";
import { reportScope } from "./sql";

// The manager's report: one function per section, each one query family on the current hotel's rows.

export const REPORT_SECTIONS = ["room-service", "breakfast", "chat", "requests", "busiest-hours"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export type SectionData = {
  "room-service": RoomServiceReport;
  breakfast: BreakfastReport;
  chat: ChatReport;
  requests: RequestsReport;
  "busiest-hours": BusiestHoursReport;
};

type ReportHotel = Pick<Hotel, "id" | "timezone" | "currency" | "breakfastServingEnd">;

export async function reportSection<S extends ReportSection>(hotel: ReportHotel, range: ReportRange, section: S, now = new Date()): Promise<SectionData[S]> {
  const db = getDb();
  const scope = reportScope(hotel.id, range, now);
  const run: { [K in ReportSection]: () => Promise<SectionData[K]> } = {
    "room-service": () => roomServiceReport(db, scope, range.days),
    breakfast: () => breakfastReport(db, scope, range.days, hotel.breakfastServingEnd),
    chat: () => chatReport(db, scope, range.days),
    requests: () => requestsReport(db, scope),
    "busiest-hours": () => busiestHoursReport(db, scope),
  };
  return run[section]() as Promise<SectionData[S]>;
}

export type FullReport = { range: ReportRange; currency: string } & { [K in ReportSection]: SectionData[K] };

/** Every section for one range (the page, and `GET /api/console/reports`). */
export async function fullReport(hotel: ReportHotel, input: ReportRangeInput, now = new Date()): Promise<FullReport> {
  const range = resolveRange(input, hotel.timezone, now);
  const [roomService, breakfast, chat, requests, busiest] = await Promise.all(REPORT_SECTIONS.map((s) => reportSection(hotel, range, s, now)));
  return {
    range,
    currency: hotel.currency,
    "room-service": roomService as RoomServiceReport,
    breakfast: breakfast as BreakfastReport,
    chat: chat as ChatReport,
    requests: requests as RequestsReport,
    "busiest-hours": busiest as BusiestHoursReport,
  };
}
