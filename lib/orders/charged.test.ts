import { describe, expect, it } from "vitest";
import { isCharged } from "./folio";

describe("what is charged to the room (one rule for the folio and the portal)", () => {
  const today = "2026-03-10";
  it("room service once accepted, never while received or once cancelled", () => {
    expect(isCharged({ type: "ROOM_SERVICE", status: "PENDING", deliveryDate: null }, today)).toBe(false);
    for (const status of ["ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"] as const) expect(isCharged({ type: "ROOM_SERVICE", status, deliveryDate: null }, today)).toBe(true);
    expect(isCharged({ type: "ROOM_SERVICE", status: "CANCELLED", deliveryDate: null }, today)).toBe(false);
  });
  it("a breakfast accepted for a morning still ahead is ordered, not charged; from its morning on it is charged", () => {
    expect(isCharged({ type: "BREAKFAST", status: "ACCEPTED", deliveryDate: "2026-03-11" }, today)).toBe(false);
    expect(isCharged({ type: "BREAKFAST", status: "ACCEPTED", deliveryDate: today }, today)).toBe(true);
    expect(isCharged({ type: "BREAKFAST", status: "DELIVERED", deliveryDate: "2026-03-09" }, today)).toBe(true);
    expect(isCharged({ type: "BREAKFAST", status: "PENDING", deliveryDate: today }, today)).toBe(false);
  });
});
