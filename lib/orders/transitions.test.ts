import { describe, expect, it } from "vitest";
import { canTransition, nextStatus, ORDER_STATUSES, recallStatus } from "./transitions";

describe("order transitions", () => {
  it("forward moves may skip steps; one step back from PREPARING or READY; ends are final", () => {
    expect(canTransition("PENDING", "ACCEPTED", "STAFF")).toBe(true);
    expect(canTransition("PENDING", "PREPARING", "STAFF")).toBe(true);
    expect(canTransition("ACCEPTED", "DELIVERED", "STAFF")).toBe(true);
    expect(canTransition("READY", "PREPARING", "STAFF")).toBe(true);
    expect(canTransition("PREPARING", "ACCEPTED", "STAFF")).toBe(true);
    expect(canTransition("READY", "ACCEPTED", "STAFF")).toBe(false); // two steps back
    expect(canTransition("ACCEPTED", "PENDING", "STAFF")).toBe(false);
    expect(canTransition("DELIVERING", "READY", "STAFF")).toBe(false);
    expect(canTransition("ACCEPTED", "ACCEPTED", "STAFF")).toBe(false);
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
  it("bumps to the next forward status and recalls one step", () => {
    expect(nextStatus("PENDING")).toBe("ACCEPTED");
    expect(nextStatus("READY")).toBe("DELIVERING");
    expect(nextStatus("DELIVERING")).toBe("DELIVERED");
    expect(nextStatus("DELIVERED")).toBeNull();
    expect(nextStatus("CANCELLED")).toBeNull();
    expect(recallStatus("READY")).toBe("PREPARING");
    expect(recallStatus("PREPARING")).toBe("ACCEPTED");
    expect(recallStatus("ACCEPTED")).toBeNull();
  });
});
