import { describe, expect, it } from "vitest";
import { partyLabel } from "./party-label";

describe("partyLabel", () => {
  it("says one and many the way people do, and leaves out children when there are none", () => {
    expect(partyLabel(1, 0)).toBe("1 adult");
    expect(partyLabel(2, 1)).toBe("2 adults, 1 child");
    expect(partyLabel(1, 3)).toBe("1 adult, 3 children");
  });
});
