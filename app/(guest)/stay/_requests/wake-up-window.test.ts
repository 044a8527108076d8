import { describe, expect, it } from "vitest";
import { defaultWakeTime, wakeUpDays } from "./wake-up-window";

describe("wakeUpDays", () => {
  it("spans the server's window, bounded on its first and last day", () => {
    expect(wakeUpDays("2026-12-07T21:31", "2026-12-09T11:00")).toEqual([
      { date: "2026-12-07", min: "21:31", max: "23:59" },
      { date: "2026-12-08", min: "00:00", max: "23:59" },
      { date: "2026-12-09", min: "00:00", max: "11:00" },
    ]);
  });
  it("offers nothing without a window, or when it has closed", () => {
    expect(wakeUpDays(undefined, "2026-12-09T11:00")).toEqual([]);
    expect(wakeUpDays("2026-12-09T11:01", "2026-12-09T11:00")).toEqual([]);
  });
  it("starts at 07:00 where it fits, else at the window's edge", () => {
    expect(defaultWakeTime({ date: "d", min: "00:00", max: "23:59" })).toBe("07:00");
    expect(defaultWakeTime({ date: "d", min: "21:31", max: "23:59" })).toBe("21:31");
    expect(defaultWakeTime({ date: "d", min: "00:00", max: "06:00" })).toBe("06:00");
  });
});
