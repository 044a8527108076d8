import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { menuItems } from "@/lib/db/schema";
import { testHotel } from "@/lib/testing/fixtures";
import { createCategory } from "./edit-categories";
import { createItem } from "./edit-items";
import { loadItemsForOrder } from "./load-menu";
import { priceLines } from "./price-lines";
import { menuCategorySchema, menuItemSchema } from "./schemas";

// Real concurrency needs PostgreSQL: the embedded engine runs one transaction at a time.
describe.skipIf(!process.env.DATABASE_URL)("a sold-out switch racing an order (PostgreSQL)", () => {
  it("an order that reads the item while the switch is uncommitted waits for it and sees it sold out", async () => {
    const hotel = await testHotel();
    await getDb().execute(sql`update hotels set room_service_opens = '00:00', room_service_closes = '00:00' where id = ${hotel.id}`);
    const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Drinks" }));
    const juice = await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Juice", priceMinor: 450 }));
    const open = { ...hotel, roomServiceOpens: "00:00", roomServiceCloses: "00:00" };

    let order: Promise<ReturnType<typeof priceLines>> | undefined;
    await getDb().transaction(async (tx) => {
      // The switch, not yet committed.
      await tx.update(menuItems).set({ soldOut: true }).where(eq(menuItems.id, juice.id));
      order = getDb().transaction(async (otx) =>
        priceLines({ hotel: open, menu: "room_service", items: await loadItemsForOrder(otx, hotel.id, [juice.id]), lines: [{ item_id: juice.id, quantity: 1 }], at: new Date() }),
      );
      // Commit only once the order's read is parked behind the row lock (no sleeps: ask PostgreSQL).
      for (let i = 0; i < 500; i++) {
        const rows = await getDb().execute(sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%from "menu_items"%for share%'`);
        if (((rows as unknown as { n: number }[])[0]?.n ?? 0) > 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error("the order never waited for the switch");
    });
    expect(await order).toMatchObject({ ok: false, errors: [{ code: "SOLD_OUT" }] });
  });
});
