import { describe, expect, it } from "vitest";
import { reportRangeSchema, resolveRange } from "./range";

const parse = (q: Record<string, string>) => reportRangeSchema.safeParse(q);

describe("report ranges", () => {
  it("presets end on the hotel's today (Lisbon is already on the next day when UTC is not)", () => {
    const now = new Date("2026-10-24T23:30:00Z"); // 00:30 on the 25th in Lisbon (still summer time, UTC+1)
    expect(resolveRange(reportRangeSchema.parse({ range: "today" }), "Europe/Lisbon", now).days).toEqual(["2026-10-25"]);
    expect(resolveRange(reportRangeSchema.parse({}), "Europe/Lisbon", now)).toMatchObject({ preset: "7d", from: "2026-10-19", to: "2026-10-25" });
    expect(resolveRange(reportRangeSchema.parse({ range: "30d" }), "UTC", now).days).toHaveLength(30);
  });

  it("custom ranges: both dates, in order, at most 366 days; preset forms may send them empty", () => {
    expect(resolveRange(reportRangeSchema.parse({ range: "custom", from: "2026-01-01", to: "2026-12-31" }), "UTC").days).toHaveLength(365);
    expect(parse({ range: "custom", from: "2024-01-01", to: "2024-12-31" }).success).toBe(true); // 366 days
    expect(parse({ range: "custom", from: "2024-01-01", to: "2025-01-01" }).success).toBe(false);
    expect(parse({ range: "custom", from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(parse({ range: "custom", from: "2026-03-01" }).success).toBe(false);
    expect(parse({ range: "custom", from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    expect(parse({ range: "7d", from: "", to: "" }).success).toBe(true);
    expect(parse({ range: "week" }).success).toBe(false);
  });
});
