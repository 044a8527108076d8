import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db/client";
import { menuCategories, menuItems } from "@/lib/db/schema";
import { raceAgainstHeldLock, racesRunHere } from "@/lib/testing/concurrency";
import { testHotel } from "@/lib/testing/fixtures";
import { createCategory } from "./edit-categories";
import { createItem, updateItem } from "./edit-items";
import { menuCategorySchema, menuItemSchema } from "./schemas";

// The held transaction plays deleteCategory: it locks the category row, as the delete does, and
// soft-deletes it; the item write racing it must wait and then be refused.
describe.runIf(racesRunHere())("an item written into a category being deleted (PostgreSQL)", () => {
  async function setup() {
    const hotel = await testHotel();
    const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
    const doomed = await createCategory(actor, menuCategorySchema.parse({ name: "Doomed" }));
    const other = await createCategory(actor, menuCategorySchema.parse({ name: "Other" }));
    const deleting = {
      lock: (tx: Tx) => tx.select().from(menuCategories).where(eq(menuCategories.id, doomed.id)).for("update"),
      beforeCommit: (tx: Tx) => tx.update(menuCategories).set({ deletedAt: new Date() }).where(eq(menuCategories.id, doomed.id)),
    };
    return { actor, doomed, other, deleting };
  }
  const liveItemsIn = (categoryId: string) => getDb().select().from(menuItems).where(and(eq(menuItems.categoryId, categoryId), isNull(menuItems.deletedAt)));

  it("a create waits for the delete and is refused; nothing lands in the deleted category", async () => {
    const { actor, doomed, deleting } = await setup();
    const created = await raceAgainstHeldLock({ ...deleting, race: () => createItem(actor, menuItemSchema.parse({ categoryId: doomed.id, name: "Ghost", priceMinor: 500 })) });
    expect(created).toMatchObject({ status: "rejected", reason: { code: "VALIDATION_ERROR" } });
    expect(await liveItemsIn(doomed.id)).toEqual([]);
  });

  it("a move into it waits for the delete and is refused; the item stays where it was", async () => {
    const { actor, doomed, other, deleting } = await setup();
    const item = await createItem(actor, menuItemSchema.parse({ categoryId: other.id, name: "Soup", priceMinor: 700 }));
    const moved = await raceAgainstHeldLock({ ...deleting, race: () => updateItem(actor, item.id, { categoryId: doomed.id }) });
    expect(moved).toMatchObject({ status: "rejected", reason: { code: "VALIDATION_ERROR" } });
    expect(await liveItemsIn(doomed.id)).toEqual([]);
    expect((await liveItemsIn(other.id)).map((i) => i.id)).toEqual([item.id]);
  });
});
