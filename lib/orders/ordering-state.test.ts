import { describe, expect, it } from "vitest";
import type { GuestAccess } from "@/lib/tokens/validate";
import { guestOrderingView } from "./ordering-state";

// The room-service line the guest reads at the top of the menu and on /stay, per hours setting.

const hotel = {
  timezone: "Europe/Lisbon",
  roomServiceOpens: "07:00",
  roomServiceCloses: "23:00",
  breakfastServingStart: "07:00",
  breakfastServingEnd: "10:30",
  breakfastCutoff: "22:00",
};
const booking: { status: string; checkedInAt: Date | null; checkedOutAt: Date | null; checkInDate: string; checkOutDate: string } = { status: "CONFIRMED", checkedInAt: new Date("2026-07-01T14:00:00Z"), checkedOutAt: null, checkInDate: "2026-07-01", checkOutDate: "2026-07-04" };
const token = { purpose: "FULL_ACCESS", canOrderServices: true, canChat: true };
const access = (h: Partial<typeof hotel> = {}, b: Partial<typeof booking> = {}) =>
  ({ token, booking: { ...booking, ...b }, hotel: { ...hotel, ...h } }) as unknown as Pick<GuestAccess, "token" | "booking" | "hotel">;
// Lisbon is UTC+1 in July.
const at = (local: string) => new Date(`2026-07-02T${local}:00+01:00`);

describe("room service's state line", () => {
  it("names the closing time while open and the opening time while closed", () => {
    expect(guestOrderingView(access(), at("12:00")).room_service).toMatchObject({ code: "OPEN", title: "Open now until 23:00", can_add: true });
    expect(guestOrderingView(access(), at("03:00")).room_service).toMatchObject({ code: "CLOSED_NOW", title: "Closed now – opens 07:00", opens_at: "07:00", can_add: false });
  });

  it("round the clock says so at every hour, never 'until 00:00'", () => {
    for (const t of ["00:00", "03:30", "12:00", "23:59"]) {
      const rs = guestOrderingView(access({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }), at(t)).room_service;
      expect(rs).toMatchObject({ code: "OPEN", title: "Open 24 hours", can_add: true });
      expect(rs.message).not.toContain("00:00–00:00");
    }
    const before = guestOrderingView(access({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }, { checkedInAt: null }), at("12:00")).room_service;
    expect(before.code).toBe("BEFORE_CHECK_IN");
    expect(before.message).toContain("round the clock");
  });
});
