import { describe, expect, it } from "vitest";
import { labelledDays, niceMax, ticks } from "./scale";

describe("chart scales", () => {
  it("tops the axis so four steps are round numbers", () => {
    expect([0, 3, 4, 6, 9, 48, 90, 1234].map(niceMax)).toEqual([4, 4, 4, 8, 10, 80, 100, 2000]);
    expect(ticks(8)).toEqual([0, 2, 4, 6, 8]);
  });

  it("labels about eight days, always the last, never two crowded together", () => {
    expect([...labelledDays(1)]).toEqual([0]);
    expect([...labelledDays(7)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...labelledDays(30)].sort((a, b) => a - b)).toEqual([0, 4, 8, 12, 16, 20, 24, 29]);
  });
});
