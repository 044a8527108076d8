import { describe, expect, it } from "vitest";
import { landingFor } from "./landing";

describe("landingFor", () => {
  it("opens the chat for a chat link that may chat, the portal for everything else", () => {
    expect(landingFor({ purpose: "CHAT", canChat: true, canOrderServices: false })).toBe("/stay/chat");
    // A chat link with chat switched off has nothing to show there.
    expect(landingFor({ purpose: "CHAT", canChat: false, canOrderServices: false })).toBe("/stay");
    expect(landingFor({ purpose: "FULL_ACCESS", canChat: true, canOrderServices: true })).toBe("/stay");
    expect(landingFor({ purpose: "STATUS", canChat: true, canOrderServices: true })).toBe("/stay");
  });
});
