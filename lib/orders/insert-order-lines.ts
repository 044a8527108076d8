import type { Tx } from "@/lib/db/client";
import { orderLines } from "@/lib/db/schema";
import type { PricedLine } from "@/lib/menus/price-lines";

/**
 * Writes an order's priced lines, keeping each item's name, options and unit price as ordered: the
 * name and option words in the hotel's language (`name`, what the kitchen and the console read) and,
 * when the guest ordered in another language, what they read (`guest_name`, `guestGroupName` /
 * `guestLabel` on the options; null or absent: the same words).
 */
export async function insertOrderLines(tx: Tx, orderId: string, lines: readonly PricedLine[]): Promise<void> {
  await tx.insert(orderLines).values(
    lines.map((l, position) => ({
      orderId,
      menuItemId: l.itemId,
      position,
      name: l.name,
      guestName: l.guestName,
      options: l.options,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineTotalMinor: l.lineTotalMinor,
      instructions: l.instructions,
      allergens: l.allergens,
      allergyNote: l.allergyNote,
      contains: l.contains,
    })),
  );
}
