import "server-only";
import type { Hotel } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { tableCsv } from "./csv";
import { resolveRange, type ReportRange, type ReportRangeInput } from "./range";
import { reportSection, REPORT_SECTIONS, type ReportSection, type SectionData } from "./report";
import { REPORT_TABLES, sectionTables } from "./tables";

type ReportHotel = Pick<Hotel, "id" | "timezone" | "currency" | "breakfastServingEnd">;

/** The section named in a path; any other name is not a report section (404). */
export function parseSection(name: string): ReportSection {
  if (!(REPORT_SECTIONS as readonly string[]).includes(name)) throw new AppError("NOT_FOUND", "No such report section");
  return name as ReportSection;
}

/** One section's figures as JSON. */
export async function sectionJson<S extends ReportSection>(hotel: ReportHotel, input: ReportRangeInput, section: S): Promise<{ range: ReportRange; currency: string } & { [K in S]: SectionData[S] }> {
  const range = resolveRange(input, hotel.timezone);
  const data = await reportSection(hotel, range, section);
  return { range, currency: hotel.currency, [section]: data } as { range: ReportRange; currency: string } & { [K in S]: SectionData[S] };
}

/** One table of a section as a CSV file: its name says the section, table and days. */
export async function sectionCsv(hotel: ReportHotel, input: ReportRangeInput, section: ReportSection, table: string | undefined): Promise<{ filename: string; csv: string }> {
  const names: readonly string[] = REPORT_TABLES[section];
  if (!table || !names.includes(table)) throw new AppError("VALIDATION_ERROR", "Invalid request", { table: [`One of: ${names.join(", ")}`] });
  const range = resolveRange(input, hotel.timezone);
  const data = await reportSection(hotel, range, section);
  const found = sectionTables({ [section]: data, currency: hotel.currency } as Parameters<typeof sectionTables>[0], section).find((t) => t.name === table)!;
  return { filename: `${section}-${table}-${range.from}-to-${range.to}.csv`, csv: tableCsv(found) };
}
