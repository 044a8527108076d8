import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { menuCategories, menuItems, type MenuCategory, type MenuItem } from "@/lib/db/schema";

export type HotelMenu = { categories: MenuCategory[]; items: MenuItem[] };

/** The hotel's live categories and items (deleted ones left out), in display order. */
export async function loadHotelMenu(db: DbOrTx, hotelId: string): Promise<HotelMenu> {
  const categories = await db
    .select()
    .from(menuCategories)
    .where(and(eq(menuCategories.hotelId, hotelId), isNull(menuCategories.deletedAt)))
    .orderBy(asc(menuCategories.position), asc(menuCategories.createdAt));
  const items = await db
    .select()
    .from(menuItems)
    .where(and(eq(menuItems.hotelId, hotelId), isNull(menuItems.deletedAt)))
    .orderBy(asc(menuItems.position), asc(menuItems.createdAt));
  return { categories, items };
}

/**
 * The rows an order needs, read inside the order's transaction and share-locked, so a sold-out
 * toggle or edit either commits before the order (and the order sees it) or waits for it.
 */
export async function loadItemsForOrder(tx: DbOrTx, hotelId: string, itemIds: readonly string[]): Promise<MenuItem[]> {
  if (itemIds.length === 0) return [];
  return tx
    .select()
    .from(menuItems)
    .where(and(eq(menuItems.hotelId, hotelId), inArray(menuItems.id, [...new Set(itemIds)]), isNull(menuItems.deletedAt)))
    .for("share");
}
