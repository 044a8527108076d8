import { randomUUID } from "node:crypto";
import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { menuCategories, menuItems, type LabelTranslations, type MenuItem, type MenuOptionGroup } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/http/parse";
import { recordEvents } from "@/lib/realtime/outbox";
import { transaction } from "@/lib/db/transaction";
import type { MenuActor } from "./menu-actor";
import { menuChanged, menusOf } from "./menu-events";
import { menuItemSchema, type MenuItemInput, type MenuItemPatchInput } from "./schemas";

/** A live item of the actor's hotel, locked for the edit; another hotel's id is simply not found. */
export async function findItemOrThrow(tx: Tx, hotelId: string, id: string): Promise<MenuItem> {
  const [row] = await tx
    .select()
    .from(menuItems)
    .where(and(eq(menuItems.id, id), eq(menuItems.hotelId, hotelId), isNull(menuItems.deletedAt)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", "Item not found");
  return row;
}

/**
 * The live category an item goes into, locked as deleteCategory locks it: a delete in flight either
 * commits first (and this refuses) or waits and then sees the item (and refuses itself).
 */
async function assertCategory(tx: Tx, hotelId: string, categoryId: string) {
  const [c] = await tx
    .select({ id: menuCategories.id })
    .from(menuCategories)
    .where(and(eq(menuCategories.id, categoryId), eq(menuCategories.hotelId, hotelId), isNull(menuCategories.deletedAt)))
    .for("update");
  if (!c) throw new AppError("VALIDATION_ERROR", "Invalid request", { categoryId: ["Choose a category of this menu"] });
}

/** A label's translations, stored only when there are some. */
const translated = (t: LabelTranslations | undefined) => (t && Object.keys(t).length > 0 ? { translations: t } : {});

/** Keeps ids the editor sent (carts keep working across edits) and gives new groups and choices theirs. */
function withIds(groups: MenuItemInput["optionGroups"]): MenuOptionGroup[] {
  return groups.map((g) => ({
    id: g.id ?? randomUUID(),
    name: g.name,
    required: g.required,
    maxChoices: g.maxChoices,
    choices: g.choices.map((c) => ({ id: c.id ?? randomUUID(), label: c.label, priceDeltaMinor: c.priceDeltaMinor, ...translated(c.translations) })),
    ...translated(g.translations),
  }));
}

function columns(input: MenuItemInput) {
  return {
    categoryId: input.categoryId,
    name: input.name,
    description: input.description,
    priceMinor: input.priceMinor,
    dietaryTags: input.dietaryTags,
    allergens: input.allergens,
    onRoomService: input.onRoomService,
    onBreakfast: input.onBreakfast,
    availableFrom: input.availableFrom,
    availableUntil: input.availableUntil,
    prepMinutes: input.prepMinutes,
    soldOut: input.soldOut,
    optionGroups: withIds(input.optionGroups),
    translations: input.translations ?? {},
  };
}

export async function createItem(actor: MenuActor, input: MenuItemInput): Promise<MenuItem> {
  return transaction(async (tx) => {
    await assertCategory(tx, actor.hotel.id, input.categoryId);
    const [last] = await tx.select({ p: max(menuItems.position) }).from(menuItems).where(and(eq(menuItems.categoryId, input.categoryId), isNull(menuItems.deletedAt)));
    const [row] = await tx
      .insert(menuItems)
      .values({ hotelId: actor.hotel.id, ...columns(input), position: (last?.p ?? -1) + 1 })
      .returning();
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "item_created", { itemId: row!.id, menus: menusOf(row) })]);
    return row!;
  });
}

/** Applies a partial edit; the merged item must still pass the full item rules. */
export async function updateItem(actor: MenuActor, id: string, patch: MenuItemPatchInput): Promise<MenuItem> {
  return transaction(async (tx) => {
    const current = await findItemOrThrow(tx, actor.hotel.id, id);
    const merged = parseWith(menuItemSchema, {
      categoryId: current.categoryId,
      name: current.name,
      description: current.description,
      priceMinor: current.priceMinor,
      dietaryTags: current.dietaryTags,
      allergens: current.allergens,
      onRoomService: current.onRoomService,
      onBreakfast: current.onBreakfast,
      availableFrom: current.availableFrom,
      availableUntil: current.availableUntil,
      prepMinutes: current.prepMinutes,
      soldOut: current.soldOut,
      optionGroups: current.optionGroups,
      translations: current.translations,
      ...patch,
    });
    const moved = merged.categoryId !== current.categoryId;
    if (moved) await assertCategory(tx, actor.hotel.id, merged.categoryId);
    let position = current.position;
    if (moved) {
      const [last] = await tx.select({ p: max(menuItems.position) }).from(menuItems).where(and(eq(menuItems.categoryId, merged.categoryId), isNull(menuItems.deletedAt)));
      position = (last?.p ?? -1) + 1;
    }
    const [row] = await tx
      .update(menuItems)
      .set({ ...columns(merged), position, updatedAt: sql`now()` })
      .where(eq(menuItems.id, id))
      .returning();
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "item_updated", { itemId: id, menus: menusOf(current, row) })]);
    return row!;
  });
}

/** Soft delete: the row stays for past orders that point at it; menus and ordering no longer see it. */
export async function deleteItem(actor: MenuActor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const current = await findItemOrThrow(tx, actor.hotel.id, id);
    await tx.update(menuItems).set({ deletedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(menuItems.id, id));
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "item_deleted", { itemId: id, menus: menusOf(current) })]);
  });
}
