import { outboxEvents } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/client";

export type OutboxInput = { channels: string[]; name: string; payload: Record<string, unknown> };

/**
 * Records events to announce, inside the caller's transaction, so an event exists iff its change
 * committed. Delivery to Pusher happens later in the dispatcher; domain code never calls Pusher.
 */
export async function recordEvents(tx: DbOrTx, events: OutboxInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = await tx
    .insert(outboxEvents)
    .values(events.map((e) => ({ channels: e.channels, name: e.name, payload: e.payload })))
    .returning({ id: outboxEvents.id });
  return rows.map((r) => r.id);
}
