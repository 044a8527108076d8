import { describe, expect, it } from "vitest";
import type { OutboxEvent } from "@/lib/db/schema";
import { guestBookingChannel } from "./channels";
import { backoffMs, batchGroups } from "./dispatcher";
import { event, MAX_PAYLOAD_BYTES } from "./events";
import { sideEffectsOf } from "./side-effects";

const row = (id: string, channels: number): OutboxEvent => ({
  id,
  seq: 1,
  channels: Array.from({ length: channels }, (_, i) => `private-c${i}`),
  name: "booking.updated",
  payload: {},
  createdAt: new Date(),
  availableAt: new Date(),
  leaseToken: null,
  attempts: 1,
  lastError: null,
  deliveredAt: null,
  deadAt: null,
});

describe("dispatcher batching", () => {
  it("keeps order and never puts more than 10 (event, channel) pairs in one batch", () => {
    const rows = [row("a", 1), row("b", 4), row("c", 5), row("d", 1), row("e", 30), row("f", 2)];
    const groups = batchGroups(rows).map((g) => g.map((r) => r.id));
    expect(groups).toEqual([["a", "b", "c"], ["d"], ["e"], ["f"]]);
    expect(groups.flat()).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("backs off exponentially up to five minutes", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(300_000);
  });
});

describe("event()", () => {
  it("refuses, where the event is built, a payload Pusher would refuse (over 10 KB with the envelope) or over 100 channels", () => {
    const ch = [guestBookingChannel("BK-2026-0001")];
    expect(() => event("booking.updated", ch, { booking_id: "BK-2026-0001", fields: ["x".repeat(11 * 1024)] })).toThrow(/bytes; events must stay under/);
    expect(() => event("booking.updated", ch, { booking_id: "BK-2026-0001", fields: ["x".repeat(MAX_PAYLOAD_BYTES - 100)] })).not.toThrow();
    const many = Array.from({ length: 101 }, (_, i) => `private-c${i}`);
    expect(() => event("booking.updated", many, { booking_id: "BK-2026-0001", fields: [] })).toThrow(/at most 100/);
  });
});

describe("side effects table", () => {
  it("ends the guest's connections on revocation and check-out, the staff member's on an access change, and nothing else", () => {
    expect(sideEffectsOf({ name: "booking.link_revoked", payload: { booking_id: "BK-2026-0001", link_id: "l" } })).toEqual([{ terminateUser: "guest-BK-2026-0001" }]);
    expect(sideEffectsOf({ name: "booking.checked_out", payload: { booking_id: "BK-2026-0001", checked_out_at: "t" } })).toEqual([{ terminateUser: "guest-BK-2026-0001" }]);
    expect(sideEffectsOf({ name: "staff.access_changed", payload: { staff_id: "s1", hotel_id: "h", change: "removed" } })).toEqual([{ terminateUser: "staff-s1" }]);
    expect(sideEffectsOf({ name: "booking.updated", payload: { booking_id: "BK-2026-0001", fields: [] } })).toEqual([]);
    expect(sideEffectsOf({ name: "booking.checked_out", payload: { nope: 1 } })).toEqual([]);
  });
});
