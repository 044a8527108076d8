import { describe, expect, it } from "vitest";
import { suggestRooms } from "./suggest-rooms";

const room = (id: string, occupiedBy: string | null = null) => ({ id, number: id.toUpperCase(), occupiedBy });

describe("suggestRooms", () => {
  it("keeps an arrival's own free room, gives the others distinct free rooms, and none when all are taken", () => {
    const rooms = [room("a", "BK-1"), room("b"), room("c"), room("d")];
    const s = suggestRooms([{ id: "x", roomId: null }, { id: "y", roomId: "c" }, { id: "z", roomId: "a" }, { id: "w", roomId: null }], rooms);
    expect(s.get("y")?.id).toBe("c");
    expect(s.get("x")?.id).toBe("b");
    expect(s.get("z")?.id).toBe("d"); // its own room is occupied
    expect(s.has("w")).toBe(false); // no free room left
  });
});
