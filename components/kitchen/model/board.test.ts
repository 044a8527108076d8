import { describe, expect, it } from "vitest";
import { ageTone, bumpOf, columnOf, columnTracks, formatAge, groupBoard } from "./board";
import { isLate } from "@/lib/orders/lateness";
import { breakfastDay, type BreakfastList } from "./breakfast-day";
import { pushBump, recallTarget } from "./recall";
import { nextServingDate } from "@/lib/orders/breakfast/serving-date";
import type { StaffOrderView } from "@/lib/orders/order-view";
import { kitchenOrders, type KitchenOrder } from "./ticket";

const T0 = Date.parse("2026-11-25T20:00:00Z");
const order = (o: Partial<KitchenOrder>): KitchenOrder => ({
  id: "o1", type: "ROOM_SERVICE", status: "PENDING", room: "204", guest: "James C.", createdAt: new Date(T0).toISOString(), etaAt: null, lateAt: null,
  notes: null, allergy: null, cancelReason: null, deliveryDate: null, timeSlot: null, guests: null, lines: [], ...o,
});

describe("kitchen board", () => {
  it("groups open tickets into New / Preparing / Ready, oldest first; delivered and cancelled leave", () => {
    const b = groupBoard([
      order({ id: "a", status: "ACCEPTED", createdAt: "2026-11-25T20:05:00Z" }),
      order({ id: "b", status: "PENDING", createdAt: "2026-11-25T20:01:00Z" }),
      order({ id: "c", status: "PREPARING" }),
      order({ id: "d", status: "DELIVERING" }),
      order({ id: "e", status: "DELIVERED" }),
      order({ id: "f", status: "CANCELLED" }),
    ]);
    expect(b.new.map((o) => o.id)).toEqual(["b", "a"]);
    expect(b.preparing.map((o) => o.id)).toEqual(["c"]);
    expect(b.ready.map((o) => o.id)).toEqual(["d"]);
    expect(columnOf("DELIVERED")).toBeNull();
  });

  it("bumps one step forward and stops after delivery", () => {
    expect(bumpOf("PENDING")?.to).toBe("ACCEPTED");
    expect(bumpOf("PREPARING")?.to).toBe("READY");
    expect(bumpOf("DELIVERING")?.to).toBe("DELIVERED");
    expect(bumpOf("DELIVERED")).toBeNull();
    expect(bumpOf("CANCELLED")).toBeNull();
  });

  it("colours the age at the hotel's thresholds, inclusive", () => {
    const t = { warnMinutes: 10, lateMinutes: 20 };
    const c = new Date(T0).toISOString();
    expect(ageTone(c, T0 + 9 * 60_000 + 59_000, t)).toBe("fresh");
    expect(ageTone(c, T0 + 10 * 60_000, t)).toBe("warn");
    expect(ageTone(c, T0 + 20 * 60_000, t)).toBe("late");
    expect(ageTone(c, T0 + 6 * 60_000, { warnMinutes: 5, lateMinutes: 8 })).toBe("warn");
    expect(formatAge(c, T0 + 65_000)).toBe("1:05");
  });

  it("is late from the server's late_at on (null: never), read on the screen's clock", () => {
    const eta = new Date(T0 + 30 * 60_000).toISOString();
    expect(isLate(eta, T0 + 30 * 60_000 - 1)).toBe(false);
    expect(isLate(eta, T0 + 30 * 60_000)).toBe(true);
    expect(isLate(null, T0 + 99 * 60_000)).toBe(false);
  });

  it("lays out enough tracks to fit the tickets without scrolling", () => {
    expect(columnTracks(0, 3)).toBe(1);
    expect(columnTracks(3, 3)).toBe(1);
    expect(columnTracks(12, 3)).toBe(4);
    expect(columnTracks(5, 4)).toBe(2);
  });
});

describe("recall", () => {
  it("recalls the newest bump whose ticket has not moved on since and may go back a step", () => {
    let s = pushBump([], { orderId: "a", from: "PREPARING", to: "READY", room: "1" });
    s = pushBump(s, { orderId: "b", from: "ACCEPTED", to: "PREPARING", room: "2" });
    s = pushBump(s, { orderId: "c", from: "READY", to: "DELIVERING", room: "3" });
    const status: Record<string, string> = { a: "READY", b: "READY", c: "DELIVERING" };
    expect(recallTarget(s, (id) => status[id] as never)?.orderId).toBe("a");
    status.b = "PREPARING";
    expect(recallTarget(s, (id) => status[id] as never)?.orderId).toBe("b");
    expect(recallTarget([], () => undefined)).toBeNull();
  });
});

describe("breakfast", () => {
  it("looks at today's breakfast until service ends, then tomorrow's (hotel time)", () => {
    const hotel = { timezone: "Europe/Lisbon", breakfastServingEnd: "10:30" };
    expect(nextServingDate(new Date("2026-11-25T10:29:00Z"), hotel)).toBe("2026-11-25");
    expect(nextServingDate(new Date("2026-11-25T10:30:00Z"), hotel)).toBe("2026-11-26");
    expect(nextServingDate(new Date("2026-11-26T02:00:00Z"), { timezone: "Asia/Tokyo", breakfastServingEnd: "10:30" })).toBe("2026-11-27");
  });
});

// A staff order view as the server sends it, with only what the kitchen reads filled in.
const view = (o: Partial<StaffOrderView>): StaffOrderView =>
  ({
    order_id: "x", type: "ROOM_SERVICE", status: "PENDING", room_number: "204", guest: { first_name: "James", initial: "C", display_name: "James C." },
    created_at: "2026-11-25T20:00:00Z", estimated_delivery: "2026-11-25T20:30:00Z", late_at: "2026-11-25T20:20:00Z", notes: "", allergy_alert: null,
    cancel_reason: null, delivery_date: null, time_slot: null, guests: null,
    lines: [{ name: "Club", quantity: 2, options: [{ group: "Bread", label: "Rye", price: "0.00", price_minor: 0 }], instructions: "No mayo" }],
    ...o,
  }) as StaffOrderView;

describe("tickets from the API", () => {
  it("reads the staff order view: the server's late_at, display name, option labels; an empty note is none", () => {
    const [t] = kitchenOrders({ orders: [view({})] });
    expect(t).toMatchObject({ id: "x", guest: "James C.", etaAt: "2026-11-25T20:30:00Z", lateAt: "2026-11-25T20:20:00Z", notes: null, lines: [{ name: "Club", quantity: 2, options: ["Rye"], instructions: "No mayo" }] });
  });
});

describe("breakfast day from the API", () => {
  it("reads slots and counts as the server groups them", () => {
    const list = {
      date: "2026-11-26", orders_count: 1, guests_total: 2,
      slots: [{ time_slot: "07:30", guests: 2, orders: [view({ order_id: "b1", type: "BREAKFAST", time_slot: "07:30", guests: 2, late_at: null })] }],
      counts: [{ name: "Eggs", quantity: 2, label: "2 × Eggs", options: [{ name: "Scrambled", quantity: 2, label: "2 × Scrambled" }] }],
    } as BreakfastList;
    const day = breakfastDay(list);
    expect(day.orders).toHaveLength(1);
    expect(day.slots[0]!.orders[0]).toMatchObject({ id: "b1", type: "BREAKFAST", timeSlot: "07:30", room: "204" });
    expect(day.counts).toEqual([{ name: "Eggs", quantity: 2, options: [{ label: "Scrambled", quantity: 2 }] }]);
    expect(breakfastDay(null)).toEqual({ slots: [], counts: [], orders: [] });
  });
});
