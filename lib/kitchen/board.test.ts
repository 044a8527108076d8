import { describe, expect, it } from "vitest";
import { ageTone, bumpOf, columnOf, columnTracks, formatAge, groupBoard, isPastPromise } from "./board";
import { breakfastCounts, ticketsBySlot } from "./breakfast-counts";
import { pushBump, recallTarget } from "./recall";
import { nextServingDate } from "./serving-date";
import { parseOrders, shortGuestName, type KitchenOrder } from "./ticket";

const T0 = Date.parse("2026-11-25T20:00:00Z");
const order = (o: Partial<KitchenOrder>): KitchenOrder => ({
  id: "o1", type: "ROOM_SERVICE", status: "PENDING", room: "204", guest: "James C.", createdAt: new Date(T0).toISOString(), etaAt: null,
  notes: null, cancelReason: null, deliveryDate: null, timeSlot: null, guests: null, lines: [], ...o,
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
  it("recalls the newest bump whose ticket has not moved on since", () => {
    let s = pushBump([], { orderId: "a", from: "PREPARING", to: "READY", room: "1" });
    s = pushBump(s, { orderId: "b", from: "ACCEPTED", to: "PREPARING", room: "2" });
    const status: Record<string, string> = { a: "READY", b: "READY" };
    expect(recallTarget(s, (id) => status[id] as never)?.orderId).toBe("a");
    status.b = "PREPARING";
    expect(recallTarget(s, (id) => status[id] as never)?.orderId).toBe("b");
    expect(recallTarget([], () => undefined)).toBeNull();
  });
});

describe("breakfast", () => {
  it("counts items and options across the day, by quantity, skipping cancelled orders", () => {
    const lines = (l: KitchenOrder["lines"]) => l;
    const counts = breakfastCounts([
      order({ id: "1", type: "BREAKFAST", timeSlot: "07:30", lines: lines([{ name: "Eggs", quantity: 2, options: ["Scrambled", "No bacon"], instructions: null }]) }),
      order({ id: "2", type: "BREAKFAST", timeSlot: "07:00", lines: lines([{ name: "Eggs", quantity: 1, options: ["Scrambled"], instructions: null }, { name: "Juice", quantity: 3, options: [], instructions: null }]) }),
      order({ id: "3", type: "BREAKFAST", status: "CANCELLED", lines: lines([{ name: "Eggs", quantity: 9, options: ["Fried"], instructions: null }]) }),
    ]);
    expect(counts).toEqual([
      { name: "Eggs", quantity: 3, options: [{ label: "Scrambled", quantity: 3 }, { label: "No bacon", quantity: 2 }] },
      { name: "Juice", quantity: 3, options: [] },
    ]);
  });

  it("groups tickets by slot in time order", () => {
    const slots = ticketsBySlot([order({ id: "1", timeSlot: "08:00" }), order({ id: "2", timeSlot: "07:30" }), order({ id: "3", timeSlot: "08:00", status: "CANCELLED" })]);
    expect(slots.map((s) => [s.slot, s.orders.length])).toEqual([["07:30", 1], ["08:00", 1]]);
  });

  it("looks at today's breakfast until service ends, then tomorrow's (hotel time)", () => {
    const hotel = { timezone: "Europe/Lisbon", breakfastServingEnd: "10:30" };
    expect(nextServingDate(new Date("2026-11-25T10:29:00Z"), hotel)).toBe("2026-11-25");
    expect(nextServingDate(new Date("2026-11-25T10:30:00Z"), hotel)).toBe("2026-11-26");
    expect(nextServingDate(new Date("2026-11-26T02:00:00Z"), { timezone: "Asia/Tokyo", breakfastServingEnd: "10:30" })).toBe("2026-11-27");
  });
});

describe("tickets from the API", () => {
  it("reads orders, shortens the guest's name and skips what it cannot read", () => {
    const list = parseOrders({
      orders: [
        { id: "x", type: "ROOM_SERVICE", status: "PENDING", room_number: "204", guest_name: "James Carter", created_at: "2026-11-25T20:00:00Z", estimated_delivery: "2026-11-25T20:30:00Z", lines: [{ name: "Club", quantity: 2, options: [{ label: "No mayo" }] }] },
        { id: "bad" },
      ],
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ guest: "James C.", etaAt: "2026-11-25T20:30:00Z", lines: [{ name: "Club", quantity: 2, options: ["No mayo"], instructions: null }] });
    expect(shortGuestName("Cher")).toBe("Cher");
  });
});
