import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { menuCategories, menuItems, outboxEvents } from "@/lib/db/schema";
import { testHotel } from "@/lib/testing/fixtures";
import { demoMenuStats, seedDemoMenu } from "./demo-menu";
import { createCategory, deleteCategory, updateCategory } from "./edit-categories";
import { createItem, deleteItem, updateItem } from "./edit-items";
import { guestMenuView, readGuestMenu } from "./guest-menu";
import { loadHotelMenu, loadItemsForOrder } from "./load-menu";
import type { MenuActor } from "./menu-actor";
import { priceLines } from "./price-lines";
import { reorderMenu } from "./reorder-menu";
import { menuCategorySchema, menuItemPatchSchema, menuItemSchema } from "./schemas";
import { setSoldOut } from "./set-sold-out";

async function setup() {
  const hotel = await testHotel();
  // Room service around the clock, so results do not depend on when the test runs.
  await getDb().execute(sql`update hotels set room_service_opens = '00:00', room_service_closes = '00:00' where id = ${hotel.id}`);
  const actor: MenuActor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
  const fresh = { ...hotel, roomServiceOpens: "00:00", roomServiceCloses: "00:00" };
  return { hotel: fresh, actor };
}

/** The `change` of every menu.changed recorded for a hotel, in order. */
async function menuEvents(slug: string) {
  const rows = await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "menu.changed")).orderBy(outboxEvents.createdAt);
  return rows.filter((r) => r.payload.hotel === slug).map((r) => ({ change: r.payload.change, item: r.payload.item_id, channels: r.channels, menus: r.payload.menus }));
}

const item = (categoryId: string, over: Record<string, unknown> = {}) =>
  menuItemSchema.parse({
    categoryId,
    name: "Burger",
    priceMinor: 1800,
    optionGroups: [{ name: "Cooking", required: true, choices: [{ label: "Rare" }, { label: "Well done" }] }],
    ...over,
  });

describe("menu editing", () => {
  it("records one menu.changed on the hotel's public channel in the same transaction as each edit", async () => {
    const { hotel, actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
    const burger = await createItem(actor, item(cat.id));
    await updateItem(actor, burger.id, { priceMinor: 1900 });
    await setSoldOut(actor, burger.id, true);
    await setSoldOut(actor, burger.id, true); // already sold out: no change, no event
    await setSoldOut(actor, burger.id, false);
    await updateCategory(actor, cat.id, menuCategorySchema.parse({ name: "Main courses" }));
    await deleteItem(actor, burger.id);
    await deleteCategory(actor, cat.id);
    const events = await menuEvents(hotel.slug);
    expect(events.map((e) => e.change)).toEqual(["category_created", "item_created", "item_updated", "sold_out", "back_in_stock", "category_updated", "item_deleted", "category_deleted"]);
    expect(new Set(events.flatMap((e) => e.channels))).toEqual(new Set([`hotel-menu.${hotel.slug}`]));
    expect(events[3]).toMatchObject({ item: burger.id, menus: ["room_service"] });
  });

  it("writes nothing when an edit is refused", async () => {
    const { hotel, actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
    const burger = await createItem(actor, item(cat.id));
    const before = (await menuEvents(hotel.slug)).length;
    // The merged item must still be valid: on no menu at all is refused.
    await expect(updateItem(actor, burger.id, { onRoomService: false, onBreakfast: false })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(updateItem(actor, burger.id, { availableFrom: "18:00" })).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { availableUntil: ["Give both times or neither"] } });
    await expect(deleteCategory(actor, cat.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createItem(actor, item("00000000-0000-4000-8000-00000000beef"))).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { categoryId: ["Choose a category of this menu"] } });
    expect((await menuEvents(hotel.slug)).length).toBe(before);
    const [row] = await getDb().select().from(menuItems).where(eq(menuItems.id, burger.id));
    expect(row).toMatchObject({ onRoomService: true, availableFrom: null, priceMinor: 1800 });
  });

  it("another hotel's category or item is not found, and nothing changes", async () => {
    const a = await setup();
    const b = await setup();
    const cat = await createCategory(a.actor, menuCategorySchema.parse({ name: "Mains" }));
    const burger = await createItem(a.actor, item(cat.id));
    await expect(setSoldOut(b.actor, burger.id, true)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(updateItem(b.actor, burger.id, { priceMinor: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteItem(b.actor, burger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateCategory(b.actor, cat.id, { name: "x", description: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createItem(b.actor, item(cat.id))).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(reorderMenu(b.actor, { type: "items", categoryId: cat.id, ids: [burger.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await getDb().select().from(menuItems).where(eq(menuItems.id, burger.id));
    expect(row).toMatchObject({ soldOut: false, priceMinor: 1800, deletedAt: null });
    expect(await menuEvents(b.hotel.slug)).toEqual([]);
  });

  it("keeps option ids across edits and gives new choices their own", async () => {
    const { actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
    const burger = await createItem(actor, item(cat.id));
    const [group] = burger.optionGroups;
    expect(group!.id).toMatch(/^[a-z0-9-]+$/);
    const groups = [{ ...group!, choices: [...group!.choices, { label: "Medium", priceDeltaMinor: 0 }] }];
    const updated = await updateItem(actor, burger.id, { optionGroups: groups });
    expect(updated.optionGroups[0]!.id).toBe(group!.id);
    expect(updated.optionGroups[0]!.choices.slice(0, 2).map((c) => c.id)).toEqual(group!.choices.map((c) => c.id));
    expect(updated.optionGroups[0]!.choices[2]!.id).not.toBe(group!.choices[0]!.id);
  });

  it("a PATCH changes only the fields it names: a price or a sold-out switch keeps allergens, tags, options and menus", async () => {
    const { actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
    const burger = await createItem(actor, item(cat.id, { allergens: ["gluten", "mustard"], dietaryTags: ["spicy"], onBreakfast: true, soldOut: true }));
    const repriced = await updateItem(actor, burger.id, menuItemPatchSchema.parse({ priceMinor: 1900 }));
    expect(repriced).toMatchObject({ priceMinor: 1900, allergens: ["gluten", "mustard"], dietaryTags: ["spicy"], onBreakfast: true, onRoomService: true, soldOut: true });
    expect(repriced.optionGroups).toEqual(burger.optionGroups);
    const back = await updateItem(actor, burger.id, menuItemPatchSchema.parse({ soldOut: false }));
    expect(back).toMatchObject({ priceMinor: 1900, allergens: ["gluten", "mustard"], dietaryTags: ["spicy"], onBreakfast: true, soldOut: false });
    expect(menuItemPatchSchema.parse({})).toEqual({});
  });

  it("reorders categories and items; a stale list is refused", async () => {
    const { hotel, actor } = await setup();
    const c1 = await createCategory(actor, menuCategorySchema.parse({ name: "Starters" }));
    const c2 = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
    const i1 = await createItem(actor, item(c2.id, { name: "One" }));
    const i2 = await createItem(actor, item(c2.id, { name: "Two" }));
    await reorderMenu(actor, { type: "categories", ids: [c2.id, c1.id] });
    await reorderMenu(actor, { type: "items", categoryId: c2.id, ids: [i2.id, i1.id] });
    const menu = await loadHotelMenu(getDb(), hotel.id);
    expect(menu.categories.map((c) => c.name)).toEqual(["Mains", "Starters"]);
    expect(menu.items.map((i) => i.name)).toEqual(["Two", "One"]);
    await expect(reorderMenu(actor, { type: "items", categoryId: c2.id, ids: [i1.id] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reorderMenu(actor, { type: "categories", ids: [c1.id] })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("guest menu and ordering see edits at once", () => {
  it("a sold-out toggle shows on the guest menu and stops pricing in the next transaction", async () => {
    const { hotel, actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Drinks" }));
    const juice = await createItem(actor, item(cat.id, { name: "Juice", priceMinor: 450, optionGroups: [], onBreakfast: true }));
    const price = () =>
      getDb().transaction(async (tx) => priceLines({ hotel, menu: "room_service", items: await loadItemsForOrder(tx, hotel.id, [juice.id]), lines: [{ item_id: juice.id, quantity: 2 }], at: new Date() }));
    expect(await price()).toMatchObject({ ok: true, totalMinor: 900 });
    await setSoldOut(actor, juice.id, true);
    expect(await price()).toMatchObject({ ok: false, errors: [{ code: "SOLD_OUT", message: "Juice is sold out" }] });
    const view = await readGuestMenu(hotel, "room_service");
    expect(view.categories[0]!.items[0]).toMatchObject({ id: juice.id, sold_out: true, available: false, unavailable_code: "SOLD_OUT", unavailable_reason: "sold out" });
    expect((await readGuestMenu(hotel, "breakfast")).categories[0]!.items[0]).toMatchObject({ available: false, unavailable_reason: "sold out" });
  });

  it("a deleted item cannot be ordered, even by id", async () => {
    const { hotel, actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Drinks" }));
    const juice = await createItem(actor, item(cat.id, { name: "Juice", optionGroups: [] }));
    await deleteItem(actor, juice.id);
    const rows = await loadItemsForOrder(getDb(), hotel.id, [juice.id]);
    expect(priceLines({ hotel, menu: "room_service", items: rows, lines: [{ item_id: juice.id, quantity: 1 }], at: new Date() })).toMatchObject({ ok: false, errors: [{ code: "ITEM_NOT_FOUND" }] });
    expect((await readGuestMenu(hotel, "room_service")).categories).toEqual([]);
  });

  it("shapes the guest view: decimal prices, currency, options, menus kept apart, hours in the hotel's zone", async () => {
    const { hotel, actor } = await setup();
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "All day" }));
    const late = await createItem(actor, item(cat.id, { name: "Late snack", priceMinor: 905, optionGroups: [{ name: "Extra", choices: [{ label: "+ bacon", priceDeltaMinor: 300 }] }], availableFrom: "18:00", availableUntil: "02:00", dietaryTags: ["spicy"], allergens: ["milk"] }));
    await createItem(actor, item(cat.id, { name: "Pancakes", onRoomService: false, onBreakfast: true, optionGroups: [] }));
    const rows = await loadHotelMenu(getDb(), hotel.id);
    // 12:00 in Lisbon (summer, UTC+1).
    const noon = guestMenuView(hotel, "room_service", rows, new Date("2026-07-01T11:00:00Z"));
    expect(noon).toMatchObject({ menu: "room_service", currency: "EUR", local_time: "12:00", channel: `hotel-menu.${hotel.slug}` });
    expect(noon.categories[0]!.items.map((i) => i.name)).toEqual(["Late snack"]);
    expect(noon.categories[0]!.items[0]).toEqual({
      id: late.id,
      name: "Late snack",
      description: null,
      price: "9.05",
      price_minor: 905,
      currency: "EUR",
      tags: ["spicy"],
      allergens: ["milk"],
      options: [{ id: late.optionGroups[0]!.id, name: "Extra", required: false, max_choices: 1, choices: [{ id: late.optionGroups[0]!.choices[0]!.id, label: "+ bacon", price: "3.00", price_minor: 300 }] }],
      preparation_minutes: 30,
      available_from: "18:00",
      available_until: "02:00",
      sold_out: false,
      available: false,
      unavailable_code: "NOT_AVAILABLE_NOW",
      unavailable_reason: "available from 18:00",
      available_again_at: "18:00",
    });
    // 01:30 the next night in Lisbon: still on.
    expect(guestMenuView(hotel, "room_service", rows, new Date("2026-07-02T00:30:00Z")).categories[0]!.items[0]!.available).toBe(true);
    const breakfast = guestMenuView(hotel, "breakfast", rows, new Date("2026-07-01T11:00:00Z"));
    expect(breakfast.categories[0]!.items.map((i) => [i.name, i.available])).toEqual([["Pancakes", true]]);
    expect(breakfast.hours).toEqual({ opens: "07:00", closes: "10:30", all_day: false, order_cutoff: "22:00" });
  });
});

describe("demo menu", () => {
  it("meets the plan (12+ room-service items in 3+ categories with options, 8+ breakfast) and passes the editor's rules", async () => {
    for (const slug of ["grand-harbour", "alpine-lodge"]) {
      const s = demoMenuStats(slug);
      expect(s.roomService).toBeGreaterThanOrEqual(12);
      expect(s.roomServiceCategories).toBeGreaterThanOrEqual(3);
      expect(s.breakfast).toBeGreaterThanOrEqual(8);
      expect(s.withOptions).toBeGreaterThanOrEqual(3);
      const hotel = await testHotel();
      await seedDemoMenu(getDb(), hotel, slug);
      await seedDemoMenu(getDb(), hotel, slug); // idempotent
      const menu = await loadHotelMenu(getDb(), hotel.id);
      expect(menu.items.filter((i) => i.onRoomService).length).toBe(s.roomService);
      for (const i of menu.items) expect(menuItemSchema.safeParse({ ...i }).success, i.name).toBe(true);
      const cats = await getDb().select().from(menuCategories).where(and(eq(menuCategories.hotelId, hotel.id)));
      expect(cats.length).toBe(new Set(cats.map((c) => c.name)).size);
    }
  });
});
