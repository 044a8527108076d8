import { z } from "zod";
import { optionalIsoDateSchema } from "@/lib/validation/fields";
import { addDays, localDate } from "@/lib/time/zoned";

// The period a report covers: whole local days in the hotel's time zone, first and last included.

export const REPORT_PRESETS = ["today", "7d", "30d", "custom"] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];
export const MAX_REPORT_DAYS = 366;

const PRESET_DAYS: Record<Exclude<ReportPreset, "custom">, number> = { today: 1, "7d": 7, "30d": 30 };

/** `?range=today|7d|30d` (default 7d), or `?range=custom&from=YYYY-MM-DD&to=YYYY-MM-DD` (local dates, at most 366 days). */
export const reportRangeSchema = z
  .object({
    range: z.enum(REPORT_PRESETS).default("7d"),
    // A preset form may send the custom fields empty: empty means not given.
    from: optionalIsoDateSchema,
    to: optionalIsoDateSchema,
  })
  .superRefine((v, ctx) => {
    if (v.range !== "custom") return;
    if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "Choose the first day" });
    if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "Choose the last day" });
    if (!v.from || !v.to) return;
    if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The last day is before the first" });
    else if (dayCount(v.from, v.to) > MAX_REPORT_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `At most ${MAX_REPORT_DAYS} days` });
  });
export type ReportRangeInput = z.infer<typeof reportRangeSchema>;

export type ReportRange = { preset: ReportPreset; from: string; to: string; timezone: string; days: string[] };

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The local days a range covers; presets end today (the hotel's date at `now`). */
export function resolveRange(input: ReportRangeInput, timezone: string, now = new Date()): ReportRange {
  const today = localDate(now, timezone);
  const [from, to] = input.range === "custom" ? [input.from!, input.to!] : [addDays(today, 1 - PRESET_DAYS[input.range]), today];
  const days = Array.from({ length: dayCount(from, to) }, (_, i) => addDays(from, i));
  return { preset: input.range, from, to, timezone, days };
}
