import { describe, expect, it } from "vitest";
import { canTransition, nextStatus, ORDER_STATUSES } from "./transitions";

describe("order transitions", () => {
  it("moves forward one step at a time, recall goes READY → PREPARING, ends are final", () => {
    expect(canTransition("PENDING", "ACCEPTED", "STAFF")).toBe(true);
    expect(canTransition("PENDING", "PREPARING", "STAFF")).toBe(false);
    expect(canTransition("READY", "PREPARING", "STAFF")).toBe(true);
    expect(canTransition("PREPARING", "ACCEPTED", "STAFF")).toBe(false);
    for (const to of ORDER_STATUSES) {
      expect(canTransition("DELIVERED", to, "STAFF")).toBe(false);
      expect(canTransition("CANCELLED", to, "STAFF")).toBe(false);
    }
  });
  it("staff cancel before delivery; guests only while pending", () => {
    expect(canTransition("DELIVERING", "CANCELLED", "STAFF")).toBe(true);
    expect(canTransition("PENDING", "CANCELLED", "GUEST")).toBe(true);
    expect(canTransition("ACCEPTED", "CANCELLED", "GUEST")).toBe(false);
    expect(canTransition("PENDING", "ACCEPTED", "GUEST")).toBe(false);
  });
  it("bumps to the next forward status", () => {
    expect(nextStatus("PENDING")).toBe("ACCEPTED");
    expect(nextStatus("READY")).toBe("DELIVERING");
    expect(nextStatus("DELIVERING")).toBe("DELIVERED");
    expect(nextStatus("DELIVERED")).toBeNull();
  });
});
