import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderLines, orders } from "@/lib/db/schema";
import { createItem, updateItem } from "@/lib/menus/edit-items";
import { menuItemSchema } from "@/lib/menus/schemas";
import { readGuestOrder } from "./guest-orders";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema } from "./schemas";
import { readStaffOrder } from "./staff-orders";
import { guestOf, orderHotel } from "@/lib/testing/orders";

describe("allergies on a room-service order", () => {
  it("keeps the declaration on the order and its lines, snapshots what each dish contains, and warns of each conflict", async () => {
    const { hotel, juice, menuActor } = await orderHotel();
    const club = await createItem(menuActor, menuItemSchema.parse({ categoryId: juice.categoryId, name: "Club sandwich", priceMinor: 1650, allergens: ["gluten", "eggs", "mustard"] }));
    const guest = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(
      guest,
      roomServiceOrderSchema.parse({
        items: [{ item_id: club.id, quantity: 1, allergies: { allergens: ["eggs"], note: "no mayo" } }, { item_id: juice.id, quantity: 1 }],
        allergies: { allergens: ["mustard"], note: "My son has a severe mustard allergy" },
      }),
    );
    const [order] = await getDb().select().from(orders).where(eq(orders.id, placed.order_id));
    expect([order!.allergens, order!.allergyNote]).toEqual([["mustard"], "My son has a severe mustard allergy"]);
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, placed.order_id)).orderBy(orderLines.position);
    expect(lines.map((l) => [l.name, l.allergens, l.allergyNote, l.contains])).toEqual([
      ["Club sandwich", ["eggs"], "no mayo", ["gluten", "eggs", "mustard"]],
      ["Juice", [], null, []],
    ]);

    const staffView = await readStaffOrder({ hotel, role: "KITCHEN", staff: { id: "00000000-0000-4000-8000-0000000000aa", name: "K", email: "k@example.com" } }, placed.order_id);
    expect(staffView.allergy_alert).toEqual({
      allergens: [
        { code: "eggs", label: "Eggs" },
        { code: "mustard", label: "Mustard" },
      ],
      notes: ["My son has a severe mustard allergy", "Club sandwich: no mayo"],
      warnings: [
        { line: 0, item: "Club sandwich", allergen: "eggs", label: "Eggs", message: "Club sandwich contains eggs — guest declared eggs" },
        { line: 0, item: "Club sandwich", allergen: "mustard", label: "Mustard", message: "Club sandwich contains mustard — guest declared mustard" },
      ],
    });

    // The dish's allergens are those of the menu when ordered: a later edit does not hide a warning.
    await updateItem(menuActor, club.id, { allergens: [] });
    const guestView = await readGuestOrder(guest, placed.order_id);
    expect(guestView.lines[0]!.contains).toEqual(["gluten", "eggs", "mustard"]);
    expect(guestView.allergy_alert?.warnings).toHaveLength(2);
  });

  it("refuses an unknown allergen before anything is written", () => {
    expect(roomServiceOrderSchema.safeParse({ items: [{ item_id: "00000000-0000-4000-8000-000000000001", quantity: 1 }], allergies: { allergens: ["shellfish"] } }).success).toBe(false);
  });
});
