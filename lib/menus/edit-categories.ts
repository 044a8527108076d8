import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { menuCategories, menuItems, type MenuCategory } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { transaction } from "@/lib/db/transaction";
import type { MenuActor } from "./menu-actor";
import { menuChanged } from "./menu-events";
import type { MenuCategoryInput } from "./schemas";

/** A live category of the actor's hotel, locked for the edit; another hotel's id is simply not found. */
export async function findCategoryOrThrow(tx: Tx, hotelId: string, id: string): Promise<MenuCategory> {
  const [row] = await tx
    .select()
    .from(menuCategories)
    .where(and(eq(menuCategories.id, id), eq(menuCategories.hotelId, hotelId), isNull(menuCategories.deletedAt)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", "Category not found");
  return row;
}

export async function createCategory(actor: MenuActor, input: MenuCategoryInput): Promise<MenuCategory> {
  return transaction(async (tx) => {
    const [last] = await tx.select({ p: max(menuCategories.position) }).from(menuCategories).where(and(eq(menuCategories.hotelId, actor.hotel.id), isNull(menuCategories.deletedAt)));
    const [row] = await tx
      .insert(menuCategories)
      .values({ hotelId: actor.hotel.id, name: input.name, description: input.description, translations: input.translations ?? {}, position: (last?.p ?? -1) + 1 })
      .returning();
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "category_created")]);
    return row!;
  });
}

/** Renames a category; its translations change only when the edit carries them. */
export async function updateCategory(actor: MenuActor, id: string, input: MenuCategoryInput): Promise<MenuCategory> {
  return transaction(async (tx) => {
    await findCategoryOrThrow(tx, actor.hotel.id, id);
    const [row] = await tx
      .update(menuCategories)
      .set({ name: input.name, description: input.description, ...(input.translations !== undefined ? { translations: input.translations } : {}), updatedAt: sql`now()` })
      .where(eq(menuCategories.id, id))
      .returning();
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "category_updated")]);
    return row!;
  });
}

/** Only an empty category may go: deleting dishes should be a deliberate act, one by one. */
export async function deleteCategory(actor: MenuActor, id: string): Promise<void> {
  await transaction(async (tx) => {
    await findCategoryOrThrow(tx, actor.hotel.id, id);
    const [item] = await tx.select({ id: menuItems.id }).from(menuItems).where(and(eq(menuItems.categoryId, id), isNull(menuItems.deletedAt))).limit(1);
    if (item) throw new AppError("CONFLICT", "Move or delete the category's items first");
    await tx.update(menuCategories).set({ deletedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(menuCategories.id, id));
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "category_deleted")]);
  });
}
