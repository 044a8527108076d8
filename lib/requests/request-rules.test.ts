import { describe, expect, it } from "vitest";
import type { ServiceRequest } from "@/lib/db/schema";
import { zonedToUtc } from "@/lib/time/zoned";
import { checkOutInstant, judgeRequestDetails } from "./kind-details";
import { guestRequestSchema } from "./schemas";
import { canMoveRequest, staffMovesFrom } from "./transitions";
import { isRequestLate, requestDueFrom } from "./views";

// The pure rules: each kind's fields against its type and the stay, the lifecycle, lateness.

const hotel = { checkOutTime: "11:00", timezone: "Europe/Lisbon" };
const booking = { checkOutDate: "2026-07-03", lateCheckoutTime: null };
const now = zonedToUtc("2026-07-01", "20:00", hotel.timezone);
const input = (v: Record<string, unknown>) => guestRequestSchema.parse({ type_id: "00000000-0000-4000-8000-000000000001", ...v });
const judge = (kind: ServiceRequest["kind"], v: Record<string, unknown>, options = {}, b: { checkOutDate: string; lateCheckoutTime: string | null } = booking) =>
  judgeRequestDetails({ kind, options }, input(v), { booking: b, hotel }, now);
const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return Object.keys((e as { fields?: object }).fields ?? {});
  }
  return [];
};

describe("wake-up window", () => {
  it("from a minute ahead to the departure day's check-out, the approved late one when set", () => {
    expect(judge("WAKE_UP", { wake_at: "2026-07-02T07:00" })).toMatchObject({ dueAt: zonedToUtc("2026-07-02", "07:00", hotel.timezone) });
    expect(judge("WAKE_UP", { wake_at: "2026-07-03T11:00" }).dueAt).not.toBeNull();
    expect(fieldsOf(() => judge("WAKE_UP", { wake_at: "2026-07-03T11:01" }))).toEqual(["wake_at"]);
    expect(judge("WAKE_UP", { wake_at: "2026-07-03T12:30" }, {}, { ...booking, lateCheckoutTime: "13:00" }).dueAt).not.toBeNull();
    expect(fieldsOf(() => judge("WAKE_UP", { wake_at: "2026-07-01T20:00" }))).toEqual(["wake_at"]);
    expect(fieldsOf(() => judge("WAKE_UP", { wake_at: "2026-07-01T20:01" }))).toEqual([]);
    expect(fieldsOf(() => judge("WAKE_UP", {}))).toEqual(["wake_at"]);
  });

  it("the check-out instant is in hotel time", () => {
    expect(checkOutInstant(booking, hotel).toISOString()).toBe("2026-07-03T10:00:00.000Z");
  });
});

describe("late check-out", () => {
  it("strictly after the hotel's time, at most the type's latest", () => {
    const latest = { latestCheckout: "14:00" };
    expect(judge("LATE_CHECKOUT", { checkout_time: "11:30" }, latest).details).toEqual({ checkoutTime: "11:30" });
    expect(judge("LATE_CHECKOUT", { checkout_time: "14:00" }, latest).details).toEqual({ checkoutTime: "14:00" });
    for (const t of ["11:00", "10:00", "14:01"]) expect(fieldsOf(() => judge("LATE_CHECKOUT", { checkout_time: t }, latest)), t).toEqual(["checkout_time"]);
  });
});

describe("amenities", () => {
  const items = { items: [{ key: "pillows", label: "Pillows", max: 2 }] };
  it("known items within their max, each once", () => {
    expect(judge("AMENITIES", { items: [{ key: "pillows", quantity: 2 }] }, items).details).toEqual({ items: [{ key: "pillows", label: "Pillows", quantity: 2 }] });
    expect(fieldsOf(() => judge("AMENITIES", { items: [{ key: "pillows", quantity: 3 }] }, items))).toEqual(["items.0.quantity"]);
    expect(fieldsOf(() => judge("AMENITIES", { items: [{ key: "robe", quantity: 1 }] }, items))).toEqual(["items.0.key"]);
    expect(fieldsOf(() => judge("AMENITIES", { items: [{ key: "pillows", quantity: 1 }, { key: "pillows", quantity: 1 }] }, items))).toEqual(["items.1.key"]);
    expect(guestRequestSchema.safeParse({ type_id: "00000000-0000-4000-8000-000000000001", items: [{ key: "pillows", quantity: 0 }] }).success).toBe(false);
  });
});

describe("the other kinds", () => {
  it("each needs its field", () => {
    expect(fieldsOf(() => judge("CLEANING", {}))).toEqual(["cleaning"]);
    expect(fieldsOf(() => judge("MAINTENANCE", { description: "ab" }))).toEqual(["description"]);
    expect(fieldsOf(() => judge("OTHER", { note: "  " }))).toEqual(["note"]);
    expect(judge("OTHER", { note: "An iron" })).toMatchObject({ details: {}, note: "An iron" });
  });
});

describe("lifecycle", () => {
  it("staff go forward or decline; the guest only cancels while NEW", () => {
    expect(staffMovesFrom("NEW")).toEqual(["ACKNOWLEDGED", "IN_PROGRESS", "DONE", "DECLINED"]);
    expect(canMoveRequest("IN_PROGRESS", "ACKNOWLEDGED", "STAFF")).toBe(false);
    expect(canMoveRequest("DONE", "DECLINED", "STAFF")).toBe(false);
    expect(canMoveRequest("NEW", "CANCELLED", "STAFF")).toBe(false);
    expect(canMoveRequest("NEW", "CANCELLED", "GUEST")).toBe(true);
    expect(canMoveRequest("ACKNOWLEDGED", "CANCELLED", "GUEST")).toBe(false);
  });

  it("late: NEW past the promise; a wake-up call until done from its time", () => {
    const promisedAt = new Date("2026-07-01T10:00:00Z");
    const at = (iso: string) => new Date(iso);
    expect(isRequestLate({ kind: "AMENITIES", status: "NEW", promisedAt, dueAt: null }, at("2026-07-01T09:59:59Z"))).toBe(false);
    expect(isRequestLate({ kind: "AMENITIES", status: "NEW", promisedAt, dueAt: null }, at("2026-07-01T10:00:00Z"))).toBe(true);
    expect(isRequestLate({ kind: "AMENITIES", status: "IN_PROGRESS", promisedAt, dueAt: null }, at("2026-07-02T00:00:00Z"))).toBe(false);
    const wake = { kind: "WAKE_UP" as const, promisedAt, dueAt: promisedAt };
    expect(isRequestLate({ ...wake, status: "IN_PROGRESS" }, promisedAt)).toBe(true);
    expect(isRequestLate({ ...wake, status: "DONE" }, promisedAt)).toBe(false);
    expect(requestDueFrom({ ...wake, status: "NEW" })!.toISOString()).toBe("2026-07-01T09:50:00.000Z");
  });
});
