import { describe, expect, it } from "vitest";
import { latestPartyChange, parsePartyChange, partyChange, partyChangeText } from "./party-change";

describe("party change at pre-check-in", () => {
  it("is null when the guest declares the booked party, and says what changed otherwise", () => {
    expect(partyChange({ adults: 2, children: 0 }, { adults: 2, children: 0 })).toBeNull();
    const c = partyChange({ adults: 2, children: 0 }, { adults: 2, children: 1 })!;
    expect(partyChangeText(c)).toBe("2 adults → 2 adults, 1 child");
  });

  it("reads back only well-formed stored changes, and picks the latest", () => {
    expect(parsePartyChange({ party: { from: { adults: "2" }, to: {} } })).toBeNull();
    expect(parsePartyChange(null)).toBeNull();
    const ev = (at: string, to: number) => ({ kind: "PRECHECKIN_SUBMITTED", createdAt: new Date(at), details: { party: { from: { adults: 2, children: 0 }, to: { adults: to, children: 1 } } } });
    const latest = latestPartyChange([ev("2026-11-01T10:00:00Z", 1), ev("2026-11-02T10:00:00Z", 3), { kind: "checked_in", createdAt: new Date("2026-11-03T00:00:00Z"), details: null }]);
    expect(latest?.to).toEqual({ adults: 3, children: 1 });
    expect(latestPartyChange([])).toBeNull();
  });
});
