import { describe, expect, it } from "vitest";
import { checkoutChoices } from "./checkout-choices";

describe("checkoutChoices", () => {
  it("offers half hours after check-out up to the latest, the latest included", () => {
    expect(checkoutChoices("11:00", "13:00")).toEqual(["11:30", "12:00", "12:30", "13:00"]);
  });
  it("always offers the latest even off the half-hour grid", () => {
    expect(checkoutChoices("11:00", "12:15")).toEqual(["11:30", "12:00", "12:15"]);
  });
  it("offers nothing without a later time to ask for", () => {
    expect(checkoutChoices("11:00", null)).toEqual([]);
    expect(checkoutChoices("11:00", "11:00")).toEqual([]);
    expect(checkoutChoices("11:00", "10:00")).toEqual([]);
  });
});
