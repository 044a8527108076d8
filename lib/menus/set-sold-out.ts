import { eq, sql } from "drizzle-orm";
import { menuItems, type MenuItem } from "@/lib/db/schema";
import { recordEvents } from "@/lib/realtime/outbox";
import { transaction } from "@/lib/db/transaction";
import { findItemOrThrow } from "./edit-items";
import type { MenuActor } from "./menu-actor";
import { menuChanged, menusOf } from "./menu-events";

/**
 * The kitchen's switch (ADMIN, FRONT_DESK and KITCHEN may use it). Setting the value it already
 * has changes nothing and announces nothing, so a double tap is harmless.
 */
export async function setSoldOut(actor: MenuActor, id: string, soldOut: boolean): Promise<MenuItem> {
  return transaction(async (tx) => {
    const current = await findItemOrThrow(tx, actor.hotel.id, id);
    if (current.soldOut === soldOut) return current;
    const [row] = await tx.update(menuItems).set({ soldOut, updatedAt: sql`now()` }).where(eq(menuItems.id, id)).returning();
    await recordEvents(tx, [menuChanged(actor.hotel.slug, soldOut ? "sold_out" : "back_in_stock", { itemId: id, menus: menusOf(current) })]);
    return row!;
  });
}
