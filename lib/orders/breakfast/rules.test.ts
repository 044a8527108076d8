import { describe, expect, it } from "vitest";
import { assertGuests, assertOrderableDate, assertSlot, breakfastSlots, cutoffFor, nearestFreeSlots, remainingBySlot, stayMornings, type BreakfastBooking, type BreakfastHotel } from "./rules";

// The time rules with a frozen clock: every case names its instant in UTC and the hotel's zone.

const hotel = (over: Partial<BreakfastHotel> = {}): BreakfastHotel => ({
  timezone: "Europe/Lisbon",
  breakfastCutoff: "22:00",
  breakfastServingStart: "07:00",
  breakfastServingEnd: "10:30",
  breakfastSlotMinutes: 30,
  breakfastSlotCapacity: null,
  ...over,
});

const booking = (over: Partial<BreakfastBooking> = {}): BreakfastBooking => ({
  checkInDate: "2026-07-10",
  checkOutDate: "2026-07-13",
  status: "CONFIRMED",
  checkedInAt: null,
  checkedOutAt: null,
  adults: 2,
  children: 1,
  ...over,
});

const codeOf = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? "thrown";
  }
};

describe("breakfast slots", () => {
  it("are 30-minute starts from 07:00 whose slot ends by 10:30 (default)", () => {
    expect(breakfastSlots(hotel())).toEqual(["07:00", "07:30", "08:00", "08:30", "09:00", "09:30", "10:00"]);
  });
  it("follow the hotel's window and length", () => {
    expect(breakfastSlots(hotel({ breakfastServingStart: "06:30", breakfastServingEnd: "08:00", breakfastSlotMinutes: 45 }))).toEqual(["06:30", "07:15"]);
  });
  it("with 60-minute slots in 07:00–10:30, stop at 09:00: a 10:00 slot would run past the end", () => {
    // The rule is `start + length <= end`; the guest form's old copy (`start < end`) also offered
    // 10:00, which the order endpoint then refused.
    const sixty = hotel({ breakfastSlotMinutes: 60 });
    expect(breakfastSlots(sixty)).toEqual(["07:00", "08:00", "09:00"]);
    expect(codeOf(() => assertSlot("10:00", sixty))).toBe("VALIDATION_ERROR");
    expect(codeOf(() => assertSlot("09:00", sixty))).toBeNull();
  });
  it("refuse a time off the grid or outside the window", () => {
    expect(codeOf(() => assertSlot("07:15", hotel()))).toBe("VALIDATION_ERROR");
    expect(codeOf(() => assertSlot("10:30", hotel()))).toBe("VALIDATION_ERROR");
    expect(codeOf(() => assertSlot("06:30", hotel()))).toBe("VALIDATION_ERROR");
    expect(codeOf(() => assertSlot("07:30", hotel()))).toBeNull();
  });
});

describe("stay mornings", () => {
  it("run from the morning after check-in to the check-out morning", () => {
    expect(stayMornings(booking())).toEqual(["2026-07-11", "2026-07-12", "2026-07-13"]);
  });
  it("cross a month end", () => {
    expect(stayMornings(booking({ checkInDate: "2026-02-27", checkOutDate: "2026-03-02" }))).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});

describe("cut-off the evening before, in the hotel's time zone", () => {
  it("is 22:00 Lisbon time the day before (summer: UTC+1)", () => {
    expect(cutoffFor("2026-07-12", hotel()).toISOString()).toBe("2026-07-11T21:00:00.000Z");
  });
  it("follows the zone: 22:00 in Tokyo is 13:00 UTC", () => {
    expect(cutoffFor("2026-07-12", hotel({ timezone: "Asia/Tokyo" })).toISOString()).toBe("2026-07-11T13:00:00.000Z");
  });
  it("holds across the spring clock change (Lisbon, 29 March 2026)", () => {
    // The evening of 28 March is still winter time (UTC+0).
    expect(cutoffFor("2026-03-29", hotel()).toISOString()).toBe("2026-03-28T22:00:00.000Z");
    expect(cutoffFor("2026-03-30", hotel()).toISOString()).toBe("2026-03-29T21:00:00.000Z");
  });
  it("allows ordering one minute before and refuses at the cut-off", () => {
    expect(codeOf(() => assertOrderableDate("2026-07-12", booking(), hotel(), new Date("2026-07-11T20:59:00Z")))).toBeNull();
    expect(codeOf(() => assertOrderableDate("2026-07-12", booking(), hotel(), new Date("2026-07-11T21:00:00Z")))).toBe("CUTOFF_PASSED");
  });
  it("uses the hotel's own cut-off time", () => {
    const h = hotel({ breakfastCutoff: "18:00" });
    expect(codeOf(() => assertOrderableDate("2026-07-12", booking(), h, new Date("2026-07-11T17:30:00Z")))).toBe("CUTOFF_PASSED");
    expect(codeOf(() => assertOrderableDate("2026-07-12", booking(), h, new Date("2026-07-11T16:59:00Z")))).toBeNull();
  });
  it("is judged on the hotel's clock, not UTC's: 23:30 UTC is already the next day in Tokyo", () => {
    const h = hotel({ timezone: "Asia/Tokyo" });
    // 2026-07-10T23:30Z is 08:30 on 11 July in Tokyo: the 11th's cut-off (10th 22:00) has passed.
    expect(codeOf(() => assertOrderableDate("2026-07-11", booking(), h, new Date("2026-07-10T23:30:00Z")))).toBe("CUTOFF_PASSED");
  });
});

describe("which mornings may be ordered", () => {
  const early = new Date("2026-07-01T10:00:00Z");
  it("any morning of the stay, before arrival too", () => {
    for (const d of ["2026-07-11", "2026-07-12", "2026-07-13"]) expect(codeOf(() => assertOrderableDate(d, booking(), hotel(), early))).toBeNull();
  });
  it("not the check-in morning nor after check-out", () => {
    expect(codeOf(() => assertOrderableDate("2026-07-10", booking(), hotel(), early))).toBe("OUTSIDE_STAY");
    expect(codeOf(() => assertOrderableDate("2026-07-14", booking(), hotel(), early))).toBe("OUTSIDE_STAY");
  });
  it("not yesterday", () => {
    expect(codeOf(() => assertOrderableDate("2026-07-11", booking(), hotel(), new Date("2026-07-12T09:00:00Z")))).toBe("DATE_PASSED");
  });
  it("not after check-out or for a cancelled booking", () => {
    expect(codeOf(() => assertOrderableDate("2026-07-13", booking({ checkedInAt: early, checkedOutAt: early }), hotel(), early))).toBe("OUTSIDE_STAY");
    expect(codeOf(() => assertOrderableDate("2026-07-13", booking({ status: "CANCELLED" }), hotel(), early))).toBe("OUTSIDE_STAY");
  });
});

describe("guests and capacity", () => {
  it("guests at most the booking's party (adults + children)", () => {
    expect(codeOf(() => assertGuests(3, booking()))).toBeNull();
    expect(codeOf(() => assertGuests(4, booking()))).toBe("VALIDATION_ERROR");
  });
  it("seats left per slot, null without a capacity", () => {
    const taken = new Map([["07:30", 4]]);
    expect(remainingBySlot(hotel(), taken)[1]).toEqual({ slot: "07:30", remaining: null });
    expect(remainingBySlot(hotel({ breakfastSlotCapacity: 6 }), taken)[1]).toEqual({ slot: "07:30", remaining: 2 });
  });
  it("names the nearest slots that can seat the party, earlier first on a tie", () => {
    const h = hotel({ breakfastSlotCapacity: 4 });
    const taken = new Map([["08:00", 4], ["07:30", 3], ["09:00", 4]]);
    expect(nearestFreeSlots(h, taken, "08:00", 2)).toEqual(["08:30", "07:00", "09:30"]);
    expect(nearestFreeSlots(h, taken, "08:00", 1)).toEqual(["07:30", "08:30", "07:00"]);
  });
});
