import type { Tx } from "@/lib/db/client";
import { orderLines } from "@/lib/db/schema";
import type { PricedLine } from "@/lib/menus/price-lines";

/** Writes an order's priced lines, keeping each item's name, options and unit price as ordered. */
export async function insertOrderLines(tx: Tx, orderId: string, lines: readonly PricedLine[]): Promise<void> {
  await tx.insert(orderLines).values(
    lines.map((l, position) => ({
      orderId,
      menuItemId: l.itemId,
      position,
      name: l.name,
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
