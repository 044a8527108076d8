import { describe, expect, it } from "vitest";
import { tokenExpiry } from "./expiry";
import { canOrderNow, canPrecheckin, stayState } from "@/lib/bookings/stay-rules";

describe("token expiry", () => {
  it("defaults to the end of the check-out day in the hotel's zone plus the grace period", () => {
    // 23:59:59 in Lisbon (UTC+0 in winter) + 12 h grace.
    expect(tokenExpiry({ checkOutDate: "2026-11-27" }, { timezone: "Europe/Lisbon" }).toISOString()).toBe("2026-11-28T11:59:59.000Z");
    // Tokyo is UTC+9: 23:59:59 local is 14:59:59 UTC.
    expect(tokenExpiry({ checkOutDate: "2026-11-27" }, { timezone: "Asia/Tokyo" }).toISOString()).toBe("2026-11-28T02:59:59.000Z");
    // New York in summer (UTC-4).
    expect(tokenExpiry({ checkOutDate: "2026-07-10" }, { timezone: "America/New_York" }).toISOString()).toBe("2026-07-11T15:59:59.000Z");
  });

  it("accepts explicit days, bounded to 1..90", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(tokenExpiry({ checkOutDate: "2026-01-02" }, { timezone: "UTC" }, { expiresDays: 3, now }).toISOString()).toBe("2026-01-04T00:00:00.000Z");
    expect(tokenExpiry({ checkOutDate: "2026-01-02" }, { timezone: "UTC" }, { expiresDays: 0, now }).toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(tokenExpiry({ checkOutDate: "2026-01-02" }, { timezone: "UTC" }, { expiresDays: 1000, now }).toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });
});

describe("time rules", () => {
  const at = new Date();
  it("orders only between check-in and check-out; pre-check-in only before arrival", () => {
    const upcoming = { status: "CONFIRMED" as const, checkedInAt: null, checkedOutAt: null };
    const inHouse = { ...upcoming, checkedInAt: at };
    const departed = { ...inHouse, checkedOutAt: at };
    const cancelled = { ...upcoming, status: "CANCELLED" as const };
    expect([upcoming, inHouse, departed, cancelled].map(stayState)).toEqual(["upcoming", "in_house", "departed", "cancelled"]);
    expect([upcoming, inHouse, departed, cancelled].map(canOrderNow)).toEqual([false, true, false, false]);
    expect([upcoming, inHouse, departed, cancelled].map(canPrecheckin)).toEqual([true, false, false, false]);
  });
});
