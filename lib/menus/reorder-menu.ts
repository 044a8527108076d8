import { and, eq, isNull, sql } from "drizzle-orm";
import { menuCategories, menuItems } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { transaction } from "@/lib/db/transaction";
import { findCategoryOrThrow } from "./edit-categories";
import type { MenuActor } from "./menu-actor";
import { menuChanged } from "./menu-events";
import type { ReorderInput } from "./schemas";

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * Sets the display order of the hotel's categories, or of one category's items. The list must
 * name exactly the live rows (a stale editor gets 409 and reloads instead of losing rows).
 */
export async function reorderMenu(actor: MenuActor, input: ReorderInput): Promise<void> {
  await transaction(async (tx) => {
    if (input.type === "categories") {
      const rows = await tx
        .select({ id: menuCategories.id })
        .from(menuCategories)
        .where(and(eq(menuCategories.hotelId, actor.hotel.id), isNull(menuCategories.deletedAt)))
        .for("update");
      if (!sameSet(rows.map((r) => r.id), input.ids)) throw new AppError("CONFLICT", "The menu changed meanwhile; reload and try again");
      for (const [position, id] of input.ids.entries()) await tx.update(menuCategories).set({ position, updatedAt: sql`now()` }).where(eq(menuCategories.id, id));
    } else {
      await findCategoryOrThrow(tx, actor.hotel.id, input.categoryId);
      const rows = await tx
        .select({ id: menuItems.id })
        .from(menuItems)
        .where(and(eq(menuItems.hotelId, actor.hotel.id), eq(menuItems.categoryId, input.categoryId), isNull(menuItems.deletedAt)))
        .for("update");
      if (!sameSet(rows.map((r) => r.id), input.ids)) throw new AppError("CONFLICT", "The menu changed meanwhile; reload and try again");
      for (const [position, id] of input.ids.entries()) await tx.update(menuItems).set({ position, updatedAt: sql`now()` }).where(eq(menuItems.id, id));
    }
    await recordEvents(tx, [menuChanged(actor.hotel.slug, "reordered")]);
  });
}
