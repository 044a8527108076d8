import { describe, expect, it } from "vitest";
import { existingFor, initialChoice, morningFor, type SlotsInfo } from "./breakfast-choice";

const morning = (date: string, open: boolean, order_id: string | null = null) => ({ date, cutoff_at: `${date}T00:00:00.000Z`, cutoff_local: `${date} 22:00`, open, order_id, can_change: Boolean(order_id) && open });
const info = (next: string | null, mornings: ReturnType<typeof morning>[]): SlotsInfo => ({ timezone: "Europe/Lisbon", cutoff_time: "22:00", max_guests: 2, time_slots: ["07:00", "07:30"], next_free_morning: next, mornings });

describe("the breakfast form's morning", () => {
  const stay = [morning("2026-12-08", false), morning("2026-12-09", true, "o1"), morning("2026-12-10", true), morning("2026-12-11", true)];

  it("starts on nothing picked, the first slot and the whole party", () => {
    expect(initialChoice(info("2026-12-10", stay))).toEqual({ delivery_date: "", time_slot: "07:00", guests: 2 });
  });

  it("follows the server's next free morning until the guest picks one", () => {
    expect(morningFor(info("2026-12-10", stay), "")).toBe("2026-12-10");
    // A later answer (an order placed meanwhile) moves it along with no state to reset.
    expect(morningFor(info("2026-12-11", stay), "")).toBe("2026-12-11");
  });

  it("keeps the guest's pick while it is open, the one with an order too", () => {
    expect(morningFor(info("2026-12-10", stay), "2026-12-11")).toBe("2026-12-11");
    expect(morningFor(info("2026-12-10", stay), "2026-12-09")).toBe("2026-12-09");
    expect(existingFor(info("2026-12-10", stay), "2026-12-09")).toEqual({ order_id: "o1", can_change: true });
  });

  it("leaves a picked morning whose ordering closed, or one not in the stay", () => {
    expect(morningFor(info("2026-12-10", stay), "2026-12-08")).toBe("2026-12-10");
    expect(morningFor(info("2026-12-10", stay), "2027-01-01")).toBe("2026-12-10");
  });

  it("with every open morning ordered, shows the first open one (its order can be changed)", () => {
    const full = [morning("2026-12-09", true, "o1"), morning("2026-12-10", true, "o2")];
    expect(morningFor(info(null, full), "")).toBe("2026-12-09");
    expect(morningFor(info(null, [morning("2026-12-09", false)]), "")).toBe("");
  });
});
