import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createBooking } from "@/lib/demo/builders";
import { hotels, orderLines, orders, outboxEvents, type Hotel } from "@/lib/db/schema";
import { createCategory } from "@/lib/menus/edit-categories";
import { createItem } from "@/lib/menus/edit-items";
import { menuCategorySchema, menuItemSchema } from "@/lib/menus/schemas";
import { testHotel, testLink } from "@/lib/testing/fixtures";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cancelBreakfastOrder, changeBreakfastOrder } from "./change-breakfast-order";
import { placeBreakfastOrder } from "./place-breakfast-order";
import { breakfastChangeSchema, breakfastOrderSchema } from "./schemas";
import { breakfastListForDate } from "./views";

// The use cases on a real database with a frozen clock: 10 July 2030, 11:00 in Lisbon. The
// in-house booking checked in on the 9th and leaves on the 12th: mornings 10, 11, 12 July.
const NOW = new Date("2030-07-10T10:00:00Z");

type Fx = Awaited<ReturnType<typeof testHotel>>;
let hotel: Fx;
let eggs: { id: string; fried: string; scrambled: string };
let juice: string;
let club: string;

async function guest(state: "in_house" | "upcoming" = "in_house"): Promise<GuestAccess> {
  // No room: a room holds one in-house booking at a time, and these tests need many.
  const booking = await createBooking(getDb(), hotel, { state, now: NOW });
  const { token } = await testLink(hotel, booking);
  const [fresh] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
  return { token, booking, hotel: fresh as Hotel, roomNumber: null };
}

const order = (over: Record<string, unknown> = {}) =>
  breakfastOrderSchema.parse({ delivery_date: "2030-07-11", time_slot: "08:00", guests: 2, items: [{ item_id: eggs.id, quantity: 2, options: [eggs.scrambled] }, { item_id: juice, quantity: 1 }], ...over });

async function setHotel(values: Partial<Hotel>) {
  await getDb().update(hotels).set(values).where(eq(hotels.id, hotel.id));
}

const codeOf = async (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; details?: unknown }) => ({ code: e.code, details: e.details }));

beforeAll(async () => {
  hotel = await testHotel();
  const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
  const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Breakfast" }));
  const e = await createItem(
    actor,
    menuItemSchema.parse({
      categoryId: cat.id,
      name: "Eggs",
      priceMinor: 800,
      onRoomService: false,
      onBreakfast: true,
      optionGroups: [{ id: "style", name: "Style", required: true, choices: [{ id: "fried", label: "fried" }, { id: "scrambled", label: "scrambled" }] }],
    }),
  );
  eggs = { id: e.id, fried: "fried", scrambled: "scrambled" };
  juice = (await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Orange juice", priceMinor: 450, onRoomService: true, onBreakfast: true }))).id;
  club = (await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Club sandwich", priceMinor: 1450, onRoomService: true, onBreakfast: false }))).id;
});

describe("placing a breakfast order", () => {
  it("prices on the server, keeps the slot and guests, and announces it to the guest and the queue", async () => {
    const g = await guest();
    const placed = await placeBreakfastOrder(g, order(), { now: NOW });
    expect(placed).toMatchObject({ replayed: false, answer: { success: true, items_count: 3, status: "PENDING", delivery_date: "2030-07-11", time_slot: "08:00", guests: 2, total_amount: "20.50" } });
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, placed.answer.order_id));
    expect(lines.map((l) => [l.name, l.quantity, l.options.map((o) => o.label)])).toEqual([["Eggs", 2, ["scrambled"]], ["Orange juice", 1, []]]);
    const events = await getDb().select().from(outboxEvents).where(sql`${outboxEvents.payload}->>'order_id' = ${placed.answer.order_id}`);
    expect(events.map((e) => [e.name, e.channels])).toEqual([["order.created", [`private-room-service.${g.booking.reference}`, `private-${hotel.slug}.staff-orders`]]]);
  });

  it("one live order per morning: the second answers 409 with the first one's id", async () => {
    const g = await guest();
    const first = await placeBreakfastOrder(g, order(), { now: NOW });
    expect(await codeOf(placeBreakfastOrder(g, order({ time_slot: "09:00" }), { now: NOW }))).toEqual({ code: "ALREADY_ORDERED", details: { order_id: first.answer.order_id, delivery_date: "2030-07-11" } });
    // Another morning is another order.
    await placeBreakfastOrder(g, order({ delivery_date: "2030-07-12" }), { now: NOW });
  });

  it("refuses each broken rule with its own code and writes nothing", async () => {
    const g = await guest();
    expect((await codeOf(placeBreakfastOrder(g, order({ delivery_date: "2030-07-10" }), { now: NOW })))?.code).toBe("CUTOFF_PASSED");
    expect((await codeOf(placeBreakfastOrder(g, order({ delivery_date: "2030-07-09" }), { now: NOW })))?.code).toBe("DATE_PASSED");
    expect((await codeOf(placeBreakfastOrder(g, order({ delivery_date: "2030-07-13" }), { now: NOW })))?.code).toBe("OUTSIDE_STAY");
    expect((await codeOf(placeBreakfastOrder(g, order({ time_slot: "07:15" }), { now: NOW })))?.code).toBe("VALIDATION_ERROR");
    expect((await codeOf(placeBreakfastOrder(g, order({ guests: 3 }), { now: NOW })))?.code).toBe("VALIDATION_ERROR");
    expect((await codeOf(placeBreakfastOrder(g, order({ items: [{ item_id: club, quantity: 1 }] }), { now: NOW })))?.code).toBe("VALIDATION_ERROR");
    expect(await getDb().select().from(orders).where(eq(orders.bookingId, g.booking.id))).toHaveLength(0);
  });

  it("a guest may order before arrival", async () => {
    const g = await guest("upcoming");
    // Upcoming: check-in on the 17th, so the 18th is the first morning.
    expect((await placeBreakfastOrder(g, order({ delivery_date: "2030-07-18" }), { now: NOW })).answer.delivery_date).toBe("2030-07-18");
  });

  it("a full slot answers 409 naming the nearest free slots; a change may not overfill it either", async () => {
    await setHotel({ breakfastSlotCapacity: 3 });
    try {
      const date = "2030-07-12";
      const a = await guest();
      const b = await guest();
      await placeBreakfastOrder(a, order({ delivery_date: date, time_slot: "09:00", guests: 2 }), { now: NOW });
      await placeBreakfastOrder(b, order({ delivery_date: date, time_slot: "08:30", guests: 2 }), { now: NOW });
      const c = await guest();
      // 09:00 has one seat left: 2 do not fit. 08:30 and 08:00 (an earlier test's order) have one too, so the nearest with two are 09:30, 10:00, 07:30.
      expect(await codeOf(placeBreakfastOrder(c, order({ delivery_date: date, time_slot: "09:00", guests: 2 }), { now: NOW }))).toEqual({
        code: "SLOT_FULL",
        details: { time_slot: "09:00", free_slots: ["09:30", "10:00", "07:30"] },
      });
      const placed = await placeBreakfastOrder(c, order({ delivery_date: date, time_slot: "09:00", guests: 1 }), { now: NOW });
      expect((await codeOf(changeBreakfastOrder(c, placed.answer.order_id, breakfastChangeSchema.parse({ guests: 2 }), { now: NOW })))?.code).toBe("SLOT_FULL");
      const list = await breakfastListForDate(a.hotel, date, "KITCHEN");
      expect(list.slots.map((s) => [s.time_slot, s.guests])).toEqual([["08:00", 2], ["08:30", 2], ["09:00", 3]]);
      expect(list.counts.find((c) => c.name === "Eggs")).toMatchObject({ quantity: 8, label: "8 × Eggs", options: [{ name: "scrambled", quantity: 8, label: "8 × scrambled" }] });
    } finally {
      await setHotel({ breakfastSlotCapacity: null });
    }
  });
});

describe("allergies on breakfast", () => {
  it("keeps the order's and each dish's declaration, shows the morning's list the alert, and a change replaces it", async () => {
    const g = await guest();
    const placed = await placeBreakfastOrder(
      g,
      order({ allergies: { allergens: ["eggs"], note: "Daughter: egg allergy" }, items: [{ item_id: eggs.id, quantity: 1, options: [eggs.fried], allergies: { allergens: ["milk"] } }, { item_id: juice, quantity: 1 }] }),
      { now: NOW },
    );
    const day = await breakfastListForDate(g.hotel, "2030-07-11", "KITCHEN");
    const mine = day.slots.flatMap((s) => s.orders).find((o) => o.order_id === placed.answer.order_id)!;
    expect(mine.allergies).toEqual({ allergens: ["eggs"], note: "Daughter: egg allergy" });
    expect(mine.lines[0]!.allergies).toEqual({ allergens: ["milk"], note: null });
    expect(mine.allergy_alert?.allergens.map((a) => a.code)).toEqual(["eggs", "milk"]);
    expect(mine.allergy_alert?.notes).toEqual(["Daughter: egg allergy"]);

    await changeBreakfastOrder(g, placed.answer.order_id, breakfastChangeSchema.parse({ allergies: { allergens: ["fish"] } }), { now: NOW });
    const [row] = await getDb().select().from(orders).where(eq(orders.id, placed.answer.order_id));
    expect([row!.allergens, row!.allergyNote]).toEqual([["fish"], null]);
    await changeBreakfastOrder(g, placed.answer.order_id, breakfastChangeSchema.parse({ allergies: null }), { now: NOW });
    const [cleared] = await getDb().select().from(orders).where(eq(orders.id, placed.answer.order_id));
    expect(cleared!.allergens).toEqual([]);
  });
});

describe("changing and cancelling until the cut-off", () => {
  it("changes slot, guests and items, re-priced, and announces order.updated", async () => {
    const g = await guest();
    const placed = await placeBreakfastOrder(g, order(), { now: NOW });
    const changed = await changeBreakfastOrder(g, placed.answer.order_id, breakfastChangeSchema.parse({ time_slot: "09:30", guests: 1, items: [{ item_id: juice, quantity: 2 }] }), { now: NOW });
    expect(changed).toMatchObject({ timeSlot: "09:30", guests: 1, totalMinor: 900 });
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, placed.answer.order_id));
    expect(lines.map((l) => [l.name, l.quantity])).toEqual([["Orange juice", 2]]);
    const names = await getDb().select({ n: outboxEvents.name }).from(outboxEvents).where(sql`${outboxEvents.payload}->>'order_id' = ${placed.answer.order_id}`);
    expect(names.map((r) => r.n).sort()).toEqual(["order.created", "order.updated"]);
  });

  it("refuses changes and cancels after the cut-off", async () => {
    const g = await guest();
    const placed = await placeBreakfastOrder(g, order(), { now: NOW });
    const late = new Date("2030-07-10T21:00:00Z"); // 22:00 in Lisbon, the evening before the 11th
    expect((await codeOf(changeBreakfastOrder(g, placed.answer.order_id, breakfastChangeSchema.parse({ guests: 1 }), { now: late })))?.code).toBe("CUTOFF_PASSED");
    expect((await codeOf(cancelBreakfastOrder(g, placed.answer.order_id, { now: late })))?.code).toBe("CUTOFF_PASSED");
  });

  it("cancelling frees the morning for a new order; another booking's order is not found", async () => {
    const g = await guest();
    const other = await guest();
    const placed = await placeBreakfastOrder(g, order(), { now: NOW });
    expect((await codeOf(cancelBreakfastOrder(other, placed.answer.order_id, { now: NOW })))?.code).toBe("NOT_FOUND");
    expect((await codeOf(changeBreakfastOrder(other, placed.answer.order_id, breakfastChangeSchema.parse({ guests: 1 }), { now: NOW })))?.code).toBe("NOT_FOUND");
    expect((await cancelBreakfastOrder(g, placed.answer.order_id, { now: NOW })).status).toBe("CANCELLED");
    expect((await codeOf(cancelBreakfastOrder(g, placed.answer.order_id, { now: NOW })))?.code).toBe("INVALID_TRANSITION");
    const again = await placeBreakfastOrder(g, order(), { now: NOW });
    expect(again.answer.order_id).not.toBe(placed.answer.order_id);
  });
});

describe("Idempotency-Key", () => {
  it("the same key and body answer the first order; another body with the key is refused", async () => {
    const g = await guest();
    const first = await placeBreakfastOrder(g, order(), { now: NOW, idempotencyKey: "breakfast-key-1" });
    const retry = await placeBreakfastOrder(g, order(), { now: NOW, idempotencyKey: "breakfast-key-1" });
    expect(retry).toEqual({ replayed: true, answer: first.answer });
    expect((await codeOf(placeBreakfastOrder(g, order({ guests: 1 }), { now: NOW, idempotencyKey: "breakfast-key-1" })))?.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("a replay after the order was cancelled answers the first answer again (PENDING), not the order as it is now", async () => {
    const g = await guest();
    const first = await placeBreakfastOrder(g, order(), { now: NOW, idempotencyKey: "breakfast-key-2" });
    await cancelBreakfastOrder(g, first.answer.order_id, { now: NOW });
    const retry = await placeBreakfastOrder(g, order(), { now: NOW, idempotencyKey: "breakfast-key-2" });
    expect(retry).toEqual({ replayed: true, answer: first.answer });
    expect(retry.answer.status).toBe("PENDING");
  });
});

// Real concurrency needs PostgreSQL: the embedded engine runs one transaction at a time.
describe.skipIf(!process.env.DATABASE_URL)("parallel requests (PostgreSQL)", () => {
  it("the last seat of a slot goes to exactly one of ten parallel orders", async () => {
    await setHotel({ breakfastSlotCapacity: 2 });
    try {
      const date = "2030-07-11";
      const first = await guest();
      await placeBreakfastOrder(first, order({ delivery_date: date, time_slot: "07:00", guests: 1 }), { now: NOW });
      const rivals = await Promise.all(Array.from({ length: 10 }, () => guest()));
      const results = await Promise.allSettled(rivals.map((g) => placeBreakfastOrder(g, order({ delivery_date: date, time_slot: "07:00", guests: 1 }), { now: NOW })));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(9).fill("SLOT_FULL"));
      const [seats] = await getDb()
        .select({ n: sql<number>`sum(${orders.guests})::int` })
        .from(orders)
        .where(and(eq(orders.hotelId, hotel.id), eq(orders.deliveryDate, date), eq(orders.timeSlot, "07:00"), sql`${orders.status} <> 'CANCELLED'`));
      expect(seats?.n).toBe(2);
    } finally {
      await setHotel({ breakfastSlotCapacity: null });
    }
  });

  it("twenty parallel requests with one Idempotency-Key make one order", async () => {
    const g = await guest();
    const results = await Promise.all(Array.from({ length: 20 }, () => placeBreakfastOrder(g, order(), { now: NOW, idempotencyKey: "parallel-key-1" })));
    expect(new Set(results.map((r) => r.answer.order_id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await getDb().select().from(orders).where(eq(orders.bookingId, g.booking.id))).toHaveLength(1);
  });

  it("parallel orders of one booking for one morning make one order, the others 409", async () => {
    const g = await guest();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => placeBreakfastOrder(g, order(), { now: NOW })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(new Set(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code))).toEqual(new Set(["ALREADY_ORDERED"]));
  });
});
