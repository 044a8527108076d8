import { describe, expect, it } from "vitest";
import { bool, listOf, nullableStr, num, oneOf, pickShape, shapeProblems, str } from "./event-shape";
import { event } from "./events";

const shape = { id: str(), note: nullableStr(), preview: str(5), n: num(), ok: bool(), kind: oneOf("A", "B"), tags: listOf("string"), menus: listOf(["x", "y"]) };
const good = { id: "1", note: null, preview: "abcde", n: 3, ok: false, kind: "B", tags: [], menus: ["y"] };

describe("shapeProblems", () => {
  it("accepts a payload that fits, extra fields included", () => {
    expect(shapeProblems(shape, { ...good, event_id: "e1" })).toEqual([]);
  });

  it.each([
    ["a missing string", { id: undefined }, "id must be a string"],
    ["null where null is not allowed", { id: null }, "id must be a string"],
    ["a string over its length", { preview: "abcdef" }, "preview must be at most 5 characters"],
    ["a number as text", { n: "3" }, "n must be a number"],
    ["NaN", { n: Number.NaN }, "n must be a number"],
    ["a boolean as text", { ok: "false" }, "ok must be true or false"],
    ["a value outside the enum", { kind: "C" }, "kind must be one of A, B"],
    ["a list with a number", { tags: ["a", 1] }, "tags must be a list of strings"],
    ["a list value outside its values", { menus: ["z"] }, "menus must be a list of x, y"],
    ["a string where a list goes", { menus: "x" }, "menus must be a list"],
  ])("names %s", (_case, change, problem) => {
    expect(shapeProblems(shape, { ...good, ...change })).toEqual([problem]);
  });

  it("refuses what is not an object", () => {
    for (const v of [null, "x", 1, [good]]) expect(shapeProblems(shape, v)).toEqual(["an object"]);
  });

  it("pickShape keeps only the named fields", () => {
    expect(pickShape({ id: str() }, { id: "1", secret: "x" })).toEqual({ id: "1" });
  });
});

describe("event()", () => {
  it("drops fields the catalogue does not name and refuses a payload that does not fit", () => {
    const e = event("booking.updated", ["private-guest-booking.BK-1"], { booking_id: "BK-1", fields: ["email"], notes: "staff only" } as never);
    expect(e.payload).toEqual({ booking_id: "BK-1", fields: ["email"] });
    expect(() => event("booking.updated", ["c"], { booking_id: "BK-1", fields: "email" } as never)).toThrow(/fields must be a list/);
  });
});
