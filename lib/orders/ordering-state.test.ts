import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/common.json";
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

describe("params: every value the words are built from", () => {
  const guest = (b: Partial<typeof booking> = {}, tk: Partial<typeof token> = {}, h: Partial<typeof hotel> = {}) =>
    ({ token: { ...token, ...tk }, booking: { ...booking, ...b }, hotel: { ...hotel, ...h } }) as unknown as Pick<GuestAccess, "token" | "booking" | "hotel">;

  it("room service names its hours, the time now and the next opening; breakfast its times", () => {
    const open = guestOrderingView(access(), at("12:00"));
    expect(open.room_service).toMatchObject({ menu: "room_service", params: { allDay: false, opens: "07:00", closes: "23:00", now: "12:00" } });
    expect(open.breakfast).toMatchObject({ menu: "breakfast", code: "OPEN", params: { servingStart: "07:00", servingEnd: "10:30", cutoff: "22:00", beforeArrival: false } });
    expect(guestOrderingView(access(), at("03:00")).room_service.params).toEqual({ allDay: false, opens: "07:00", closes: "23:00", now: "03:00", nextOpening: "07:00" });
    expect(guestOrderingView(access({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }), at("03:30")).room_service.params).toMatchObject({ allDay: true, now: "03:30" });
    const before = guestOrderingView(guest({ checkedInAt: null, checkInDate: "2026-07-03", checkOutDate: "2026-07-05" }), at("12:00"));
    expect(before.room_service).toMatchObject({ code: "BEFORE_CHECK_IN", params: { allDay: false, opens: "07:00", closes: "23:00" } });
    expect(before.breakfast.params).toMatchObject({ beforeArrival: true, cutoff: "22:00" });
  });

  it("says why ordering is out: view-only link, cancelled or checked-out stay", () => {
    const viewOnly = guestOrderingView(guest({}, { purpose: "STATUS" }), at("12:00"));
    expect([viewOnly.room_service.menu, viewOnly.room_service.code, viewOnly.room_service.params]).toEqual(["room_service", "VIEW_ONLY", {}]);
    expect([viewOnly.breakfast.menu, viewOnly.breakfast.code]).toEqual(["breakfast", "VIEW_ONLY"]);
    expect(guestOrderingView(guest({ status: "CANCELLED" }), at("12:00")).breakfast.params).toEqual({ cancelled: true });
    expect(guestOrderingView(guest({ checkedOutAt: new Date("2026-07-02T09:00:00Z") }), at("12:00")).room_service.params).toEqual({ cancelled: false });
  });

  it("English words said from code and params are the server's title and message, in every state", () => {
    // Keys are built from the state, as the banner builds them.
    const t = createTranslator({ locale: "en", messages: { common: en }, namespace: "common.ordering" }) as unknown as (key: string, values: Record<string, string>) => string;
    const cases = [
      guestOrderingView(access(), at("12:00")),
      guestOrderingView(access(), at("03:00")),
      guestOrderingView(access({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }), at("12:00")),
      guestOrderingView(access({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }, { checkedInAt: null }), at("12:00")),
      guestOrderingView(guest({ checkedInAt: null, checkInDate: "2026-07-03", checkOutDate: "2026-07-05" }), at("12:00")),
      guestOrderingView(guest({ checkOutDate: "2026-07-03" }), at("23:00")),
      guestOrderingView(guest({}, { purpose: "STATUS" }), at("12:00")),
      guestOrderingView(guest({ status: "CANCELLED" }), at("12:00")),
      guestOrderingView(guest({ checkedOutAt: new Date("2026-07-02T09:00:00Z") }), at("12:00")),
    ].flatMap((v) => [v.room_service, v.breakfast]);
    const codes = new Set<string>();
    for (const s of cases) {
      codes.add(`${s.menu}.${s.code}`);
      const key = s.code === "VIEW_ONLY" || s.code === "STAY_ENDED" ? `any.${s.code}` : `${s.menu}.${s.code}`;
      const values = Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, typeof v === "boolean" ? String(v) : v]));
      expect(t(`${key}.title`, values), key).toBe(s.title);
      expect(t(`${key}.message`, values), key).toBe(s.message);
    }
    // Every state each menu can be in was said.
    expect([...codes].sort()).toEqual(
      ["BEFORE_CHECK_IN", "CLOSED_NOW", "OPEN", "STAY_ENDED", "VIEW_ONLY"].map((c) => `room_service.${c}`).concat(["NO_MORNING_LEFT", "OPEN", "STAY_ENDED", "VIEW_ONLY"].map((c) => `breakfast.${c}`)).sort(),
    );
  });
});
