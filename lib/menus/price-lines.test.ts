import { describe, expect, it } from "vitest";
import { itemAvailability } from "./availability";
import { inWindow, nextOpening, toMinutes } from "./hours";
import { decimalToMinor, minorToDecimal } from "./money";
import { MAX_LINES, priceLines, pricingErrorToAppError, type PricingInput, type RequestedLine } from "./price-lines";
import { HOTEL_ID, menuItem } from "@/lib/testing/menu-items";

// New York: UTC-5 in winter, UTC-4 in summer, so UTC instants and hotel wall clock differ.
const hotel = { id: HOTEL_ID, timezone: "America/New_York", currency: "USD", roomServiceOpens: "07:00", roomServiceCloses: "23:00", defaultPrepMinutes: 25 };
const at = (iso: string) => new Date(iso);
const NOON_NY = at("2026-07-01T16:00:00Z"); // 12:00 EDT

const burger = menuItem({
  name: "Burger",
  priceMinor: 1800,
  prepMinutes: 20,
  optionGroups: [
    { id: "cook", name: "Cooking", required: true, maxChoices: 1, choices: [{ id: "rare", label: "Rare", priceDeltaMinor: 0 }, { id: "well", label: "Well done", priceDeltaMinor: 0 }] },
    { id: "extras", name: "Extras", required: false, maxChoices: 2, choices: [{ id: "bacon", label: "+ bacon", priceDeltaMinor: 300 }, { id: "cheese", label: "+ cheese", priceDeltaMinor: 150 }, { id: "egg", label: "+ egg", priceDeltaMinor: 200 }] },
  ],
});
const lateSnack = menuItem({ name: "Late snack", priceMinor: 900, availableFrom: "18:00", availableUntil: "02:00" });
const pancakes = menuItem({ name: "Pancakes", priceMinor: 1100, onRoomService: false, onBreakfast: true, availableFrom: "07:00", availableUntil: "10:00" });
const juice = menuItem({ name: "Orange juice", priceMinor: 500, onRoomService: true, onBreakfast: true, prepMinutes: 5 });
const items = [burger, lateSnack, pancakes, juice];

const run = (lines: RequestedLine[], over: Partial<PricingInput> = {}) => priceLines({ hotel, menu: "room_service", items, lines, at: NOON_NY, ...over });
const codes = (r: ReturnType<typeof priceLines>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe("money", () => {
  it("formats minor units exactly, per currency exponent", () => {
    expect(minorToDecimal(1250, "EUR")).toBe("12.50");
    expect(minorToDecimal(5, "EUR")).toBe("0.05");
    expect(minorToDecimal(0, "CHF")).toBe("0.00");
    expect(minorToDecimal(-300, "EUR")).toBe("-3.00");
    expect(minorToDecimal(1500, "JPY")).toBe("1500");
    expect(minorToDecimal(1234, "BHD")).toBe("1.234");
    expect(() => minorToDecimal(1.5, "EUR")).toThrow();
  });
  it("parses decimals without floating point drift", () => {
    expect(decimalToMinor("0.29", "EUR")).toBe(29);
    expect(decimalToMinor("12.5", "EUR")).toBe(1250);
    expect(decimalToMinor("12", "EUR")).toBe(1200);
    expect(decimalToMinor("1.005", "EUR")).toBeNull();
    expect(decimalToMinor("1.5", "JPY")).toBeNull();
    expect(decimalToMinor("abc", "EUR")).toBeNull();
  });
});

describe("hours", () => {
  it("handles windows that cross midnight", () => {
    const w = { from: "18:00", until: "02:00" };
    expect(inWindow(toMinutes("17:59"), w)).toBe(false);
    expect(inWindow(toMinutes("18:00"), w)).toBe(true);
    expect(inWindow(toMinutes("23:59"), w)).toBe(true);
    expect(inWindow(toMinutes("00:00"), w)).toBe(true);
    expect(inWindow(toMinutes("01:59"), w)).toBe(true);
    expect(inWindow(toMinutes("02:00"), w)).toBe(false);
    expect(inWindow(toMinutes("12:00"), w)).toBe(false);
  });
  it("finds the next time all windows are open, or none", () => {
    expect(nextOpening(toMinutes("12:00"), [{ from: "18:00", until: "02:00" }])).toBe("18:00");
    expect(nextOpening(toMinutes("03:00"), [{ from: "07:00", until: "23:00" }, { from: "18:00", until: "02:00" }])).toBe("18:00");
    expect(nextOpening(toMinutes("23:30"), [{ from: "07:00", until: "23:00" }, { from: "18:00", until: "02:00" }])).toBe("18:00");
    expect(nextOpening(toMinutes("12:00"), [{ from: "07:00", until: "09:00" }, { from: "18:00", until: "20:00" }])).toBeNull();
  });
});

describe("itemAvailability in the hotel's time zone", () => {
  const open = { ...hotel, roomServiceOpens: "06:00", roomServiceCloses: "04:00" };
  it("uses the hotel's clock, not UTC", () => {
    // 22:30 UTC is 18:30 in New York (EDT): the 18:00–02:00 item is on.
    expect(itemAvailability(lateSnack, "room_service", open, at("2026-07-01T22:30:00Z")).orderable).toBe(true);
    // 21:30 UTC is 17:30 in New York: not yet, though it is past 18:00 in UTC.
    expect(itemAvailability(lateSnack, "room_service", open, at("2026-07-01T21:30:00Z"))).toEqual({ orderable: false, code: "NOT_AVAILABLE_NOW", reason: "available from 18:00", opens: "18:00" });
    // Winter: 23:30 UTC is 18:30 EST.
    expect(itemAvailability(lateSnack, "room_service", open, at("2026-01-15T23:30:00Z")).orderable).toBe(true);
  });
  it("keeps an 18:00–02:00 item orderable after midnight and closes it at 02:00", () => {
    expect(itemAvailability(lateSnack, "room_service", open, at("2026-07-02T05:30:00Z")).orderable).toBe(true); // 01:30
    expect(itemAvailability(lateSnack, "room_service", open, at("2026-07-02T06:00:00Z")).reason).toBe("available from 18:00"); // 02:00
  });
  it("applies the hotel's room-service hours too, naming when both are open", () => {
    // Hotel 07:00–23:00, item 18:00–02:00: at 23:30 the item is on but the kitchen is closed.
    const r = itemAvailability(lateSnack, "room_service", hotel, at("2026-07-02T03:30:00Z"));
    expect(r).toEqual({ orderable: false, code: "NOT_AVAILABLE_NOW", reason: "available from 18:00", opens: "18:00" });
    // Plain item before opening: available from the hotel's opening time.
    expect(itemAvailability(juice, "room_service", hotel, at("2026-07-01T09:00:00Z")).reason).toBe("available from 07:00"); // 05:00
  });
  it("sold out wins over hours, and menus are kept apart", () => {
    expect(itemAvailability({ ...juice, soldOut: true }, "room_service", hotel, NOON_NY)).toEqual({ orderable: false, code: "SOLD_OUT", reason: "sold out" });
    expect(itemAvailability(pancakes, "room_service", hotel, NOON_NY).code).toBe("NOT_ON_MENU");
    expect(itemAvailability(burger, "breakfast", hotel, NOON_NY).code).toBe("NOT_ON_MENU");
    expect(itemAvailability({ ...juice, deletedAt: new Date() }, "room_service", hotel, NOON_NY).code).toBe("NOT_ON_MENU");
  });
  it("breakfast ignores room-service hours and checks item hours only against a serving time", () => {
    expect(itemAvailability(pancakes, "breakfast", hotel, null).orderable).toBe(true);
    expect(itemAvailability(pancakes, "breakfast", hotel, at("2026-07-02T12:30:00Z")).orderable).toBe(true); // 08:30
    expect(itemAvailability(pancakes, "breakfast", hotel, at("2026-07-02T14:30:00Z")).reason).toBe("available from 07:00"); // 10:30
    expect(itemAvailability({ ...pancakes, soldOut: true }, "breakfast", hotel, null).code).toBe("SOLD_OUT");
  });
});

describe("priceLines", () => {
  it("prices lines on the server: base plus option deltas, times quantity", () => {
    const r = run([
      { item_id: burger.id, quantity: 2, options: ["cheese", "well", "bacon"], instructions: "  no onions " },
      { item_id: juice.id, quantity: 3 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [b, j] = r.lines;
    expect(b).toMatchObject({ itemId: burger.id, name: "Burger", quantity: 2, basePriceMinor: 1800, unitPriceMinor: 1800 + 300 + 150, lineTotalMinor: 2 * 2250, instructions: "no onions", prepMinutes: 20 });
    // Menu order, not the order the client sent; labels and group names snapshotted.
    expect(b!.options.map((o) => `${o.groupName}:${o.label}:${o.priceDeltaMinor}`)).toEqual(["Cooking:Well done:0", "Extras:+ bacon:300", "Extras:+ cheese:150"]);
    expect(j).toMatchObject({ unitPriceMinor: 500, lineTotalMinor: 1500, instructions: null, prepMinutes: 5 });
    expect(r).toMatchObject({ currency: "USD", subtotalMinor: 4500 + 1500, totalMinor: 6000, itemsCount: 5, prepMinutes: 20 });
  });

  it("uses the hotel's default preparation time when the item has none", () => {
    const r = run([{ item_id: lateSnack.id, quantity: 1 }], { at: at("2026-07-01T23:00:00Z") }); // 19:00
    expect(r.ok && r.lines[0]!.prepMinutes).toBe(25);
  });

  it("ignores anything price-like the client sends", () => {
    const sneaky = { item_id: juice.id, quantity: 1, price: 1, unit_price: 1, total: 1 } as unknown as RequestedLine;
    const r = run([sneaky]);
    expect(r.ok && r.totalMinor).toBe(500);
  });

  it("enforces required groups, known choices, max choices and no duplicates", () => {
    expect(codes(run([{ item_id: burger.id, quantity: 1 }]))).toEqual(["OPTION_REQUIRED"]);
    expect(codes(run([{ item_id: burger.id, quantity: 1, options: ["rare", "well"] }]))).toEqual(["TOO_MANY_CHOICES"]);
    expect(codes(run([{ item_id: burger.id, quantity: 1, options: ["rare", "bacon", "cheese", "egg"] }]))).toEqual(["TOO_MANY_CHOICES"]);
    expect(codes(run([{ item_id: burger.id, quantity: 1, options: ["rare", "caviar"] }]))).toEqual(["INVALID_OPTION"]);
    expect(codes(run([{ item_id: burger.id, quantity: 1, options: ["rare", "bacon", "bacon"] }]))).toEqual(["DUPLICATE_OPTION"]);
    // A choice of another item is unknown here.
    expect(codes(run([{ item_id: juice.id, quantity: 1, options: ["bacon"] }]))).toEqual(["INVALID_OPTION"]);
    const r = run([{ item_id: burger.id, quantity: 1 }]);
    expect(!r.ok && r.errors[0]).toMatchObject({ line: 0, itemId: burger.id, groupId: "cook", message: "Choose cooking for Burger" });
  });

  it("refuses items not on this menu, of another hotel, deleted, sold out or out of hours", () => {
    const foreign = menuItem({ hotelId: "00000000-0000-4000-8000-000000000002" });
    const gone = menuItem({ deletedAt: new Date() });
    const sold = menuItem({ name: "Soup", soldOut: true });
    const r = priceLines({
      hotel,
      menu: "room_service",
      items: [...items, foreign, gone, sold],
      at: NOON_NY,
      lines: [
        { item_id: pancakes.id, quantity: 1 },
        { item_id: foreign.id, quantity: 1 },
        { item_id: gone.id, quantity: 1 },
        { item_id: sold.id, quantity: 1 },
        { item_id: lateSnack.id, quantity: 1 },
        { item_id: "00000000-0000-4000-8000-00000000dead", quantity: 1 },
      ],
    });
    expect(codes(r)).toEqual(["NOT_ON_MENU", "ITEM_NOT_FOUND", "ITEM_NOT_FOUND", "SOLD_OUT", "NOT_AVAILABLE_NOW", "ITEM_NOT_FOUND"]);
    expect(!r.ok && r.errors.map((e) => e.line)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(!r.ok && r.errors[4]!.message).toBe("Late snack is available from 18:00");
  });

  it("keeps the breakfast menu apart from room service", () => {
    const r = run([{ item_id: burger.id, quantity: 1, options: ["rare"] }, { item_id: pancakes.id, quantity: 2 }, { item_id: juice.id, quantity: 1 }], { menu: "breakfast", at: at("2026-07-02T12:00:00Z") });
    expect(codes(r)).toEqual(["NOT_ON_MENU"]);
    const ok = run([{ item_id: pancakes.id, quantity: 2 }, { item_id: juice.id, quantity: 1 }], { menu: "breakfast", at: at("2026-07-02T12:00:00Z") });
    expect(ok.ok && ok.totalMinor).toBe(2 * 1100 + 500);
  });

  it("checks quantities and line counts", () => {
    for (const q of [0, -1, 21, 1.5, Number.NaN, 1e9]) expect(codes(run([{ item_id: juice.id, quantity: q }]))).toEqual(["INVALID_QUANTITY"]);
    expect(codes(run([{ item_id: juice.id, quantity: 20 }]))).toEqual([]);
    expect(codes(run([]))).toEqual(["EMPTY_ORDER"]);
    expect(codes(run(Array.from({ length: MAX_LINES + 1 }, () => ({ item_id: juice.id, quantity: 1 }))))).toEqual(["TOO_MANY_LINES"]);
    expect(codes(run(Array.from({ length: MAX_LINES }, () => ({ item_id: juice.id, quantity: 1 }))))).toEqual([]);
  });

  it("turns errors into one 400 naming each line", () => {
    const r = run([{ item_id: juice.id, quantity: 1 }, { item_id: burger.id, quantity: 1 }]);
    const e = pricingErrorToAppError(r.ok ? [] : r.errors);
    expect(e).toMatchObject({ code: "VALIDATION_ERROR", status: 400, fields: { "items.1.options": ["Choose cooking for Burger"] } });
    const sold = run([{ item_id: juice.id, quantity: 1 }], { items: [{ ...juice, soldOut: true }] });
    expect(pricingErrorToAppError(sold.ok ? [] : sold.errors)).toMatchObject({ code: "NOT_AVAILABLE", fields: { "items.0.item_id": ["Orange juice is sold out"] } });
  });
});
