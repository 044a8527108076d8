import { describe, expect, it } from "vitest";
import { ageTone } from "./board";
import { isLate, lateAt } from "@/lib/orders/lateness";

const T0 = Date.parse("2026-11-25T20:00:00Z");
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const rs = (o: { status?: "PENDING" | "DELIVERED" | "CANCELLED"; etaAt?: string } = {}) => ({ type: "ROOM_SERVICE" as const, status: "PENDING" as const, createdAt: at(0), etaAt: null as string | null, ...o });
const t = { warnMinutes: 10, lateMinutes: 20 };

describe("lateAt: the one lateness rule the console shares with the kitchen", () => {
  it("is the earlier of the promise and the kitchen's late age for room service", () => {
    expect(lateAt(rs({ etaAt: at(30) }), t)).toBe(at(20));
    expect(lateAt(rs({ etaAt: at(12) }), t)).toBe(at(12));
    expect(lateAt(rs(), t)).toBe(at(20));
  });

  it("agrees with the kitchen's red age timer, and a passed promise is late", () => {
    const o = rs({ etaAt: at(30) });
    expect(isLate(lateAt(o, t), T0 + 19 * 60_000)).toBe(false);
    expect(ageTone(o.createdAt, T0 + 20 * 60_000, t)).toBe("late");
    expect(isLate(lateAt(o, t), T0 + 20 * 60_000)).toBe(true);
    const promised = rs({ etaAt: at(5) });
    expect(isLate(lateAt(promised, t), T0 + 4 * 60_000)).toBe(false);
    expect(isLate(lateAt(promised, t), T0 + 6 * 60_000)).toBe(true);
  });

  it("counts only the promise for breakfast, and nothing once delivered or cancelled", () => {
    expect(lateAt({ type: "BREAKFAST", status: "ACCEPTED", createdAt: at(-600), etaAt: null }, t)).toBeNull();
    expect(lateAt({ type: "BREAKFAST", status: "ACCEPTED", createdAt: at(-600), etaAt: at(5) }, t)).toBe(at(5));
    expect(lateAt(rs({ status: "DELIVERED" }), t)).toBeNull();
    expect(lateAt(rs({ status: "CANCELLED", etaAt: at(1) }), t)).toBeNull();
    expect(isLate(null, T0 + 999 * 60_000)).toBe(false);
  });
});
