import { describe, expect, it } from "vitest";
import { ageTone, bumpOf, columnOf, columnTracks, formatAge, groupBoard, isPastPromise } from "./board";
import { parseBreakfastDay } from "./breakfast-day";
import { pushBump, recallTarget } from "./recall";
import { nextServingDate } from "./serving-date";
import { parseOrders, type KitchenOrder } from "./ticket";

const T0 = Date.parse("2026-11-25T20:00:00Z");
const order = (o: Partial<KitchenOrder>): KitchenOrder => ({
  id: "o1", type: "ROOM_SERVICE", status: "PENDING", room: "204", guest: "James C.", createdAt: new Date(T0).toISOString(), etaAt: null,
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

  it("is late only once the promise has passed, and only while in the kitchen", () => {
    const eta = new Date(T0 + 30 * 60_000).toISOString();
    expect(isPastPromise(order({ etaAt: eta }), T0 + 30 * 60_000)).toBe(false);
    expect(isPastPromise(order({ etaAt: eta }), T0 + 31 * 60_000)).toBe(true);
    expect(isPastPromise(order({ etaAt: eta, status: "DELIVERED" }), T0 + 31 * 60_000)).toBe(false);
    expect(isPastPromise(order({ etaAt: null }), T0 + 99 * 60_000)).toBe(false);
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

describe("tickets from the API", () => {
  it("reads staff order views and breakfast list entries, and skips what it cannot read", () => {
    const list = parseOrders({
      orders: [
        { order_id: "x", type: "ROOM_SERVICE", status: "PENDING", room_number: "204", guest: { first_name: "James", initial: "C", display_name: "James C." }, created_at: "2026-11-25T20:00:00Z", estimated_delivery: "2026-11-25T20:30:00Z", lines: [{ name: "Club", quantity: 2, options: [{ group: "Bread", label: "Rye" }], instructions: "No mayo" }] },
        { id: "y", type: "BREAKFAST", status: "PENDING", room_number: "201", guest_first_name: "Lukas", guests: 2, time_slot: "07:30", items: [{ name: "Eggs", quantity: 2, options: ["Scrambled"], instructions: null }] },
        { order_id: "bad" },
        { type: "ROOM_SERVICE", status: "PENDING" },
      ],
    });
    expect(list.map((o) => o.id)).toEqual(["x", "y"]);
    expect(list[0]).toMatchObject({ guest: "James C.", etaAt: "2026-11-25T20:30:00Z", lines: [{ name: "Club", quantity: 2, options: ["Rye"], instructions: "No mayo" }] });
    expect(list[1]).toMatchObject({ guest: "Lukas", createdAt: null, timeSlot: "07:30", lines: [{ options: ["Scrambled"] }] });
  });
});

describe("breakfast day from the API", () => {
  it("reads slots and counts, filling in each ticket's slot and type", () => {
    const day = parseBreakfastDay({
      date: "2026-11-26",
      slots: [{ time_slot: "07:30", guests: 2, orders: [{ id: "b1", status: "PENDING", room_number: "204", guest_first_name: "James", guests: 2, items: [{ name: "Eggs", quantity: 2, options: ["Scrambled"], instructions: null }] }] }],
      counts: [{ name: "Eggs", quantity: 2, label: "2 × Eggs", options: [{ name: "Scrambled", quantity: 2, label: "2 × Scrambled" }] }],
    });
    expect(day.orders).toHaveLength(1);
    expect(day.slots[0]!.orders[0]).toMatchObject({ id: "b1", type: "BREAKFAST", timeSlot: "07:30", room: "204" });
    expect(day.counts).toEqual([{ name: "Eggs", quantity: 2, options: [{ label: "Scrambled", quantity: 2 }] }]);
    expect(parseBreakfastDay(null)).toEqual({ slots: [], counts: [], orders: [] });
  });
});
