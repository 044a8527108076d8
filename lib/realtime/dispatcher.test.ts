import { describe, expect, it } from "vitest";
import type { OutboxEvent } from "@/lib/db/schema";
import { backoffMs, batchGroups } from "./dispatcher";

const row = (id: string, channels: number): OutboxEvent => ({
  id,
  channels: Array.from({ length: channels }, (_, i) => `private-c${i}`),
  name: "booking.updated",
  payload: {},
  createdAt: new Date(),
  availableAt: new Date(),
  attempts: 1,
  lastError: null,
  deliveredAt: null,
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
