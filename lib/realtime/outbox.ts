import { after } from "next/server";
import type { Tx } from "@/lib/db/client";
import { outboxEvents } from "@/lib/db/schema";
import { afterCommit, inTransaction } from "@/lib/db/transaction";
import { kickOutbox } from "./dispatcher";

export type OutboxInput = { channels: string[]; name: string; payload: Record<string, unknown> };

/** Starts delivery right after the commit, so recorded events go out with no polling delay. */
function deliverAfterCommit(): void {
  const delivery = kickOutbox();
  try {
    // Inside a request, keep a serverless function alive until delivery ends.
    after(() => delivery);
  } catch {
    // Outside a request (CLI, tests): the promise simply runs on.
  }
}

/**
 * Records events to announce, inside the caller's transaction (lib/db/transaction.ts), so an event
 * exists iff its change committed. Delivery happens after the commit in the dispatcher; domain code
 * never calls Pusher. Build each entry with event() (lib/realtime/events.ts), which checks it.
 */
export async function recordEvents(tx: Tx, events: OutboxInput[]): Promise<string[]> {
  if (!inTransaction()) throw new Error("recordEvents() needs the tx of transaction() from lib/db/transaction");
  if (events.length === 0) return [];
  const rows = await tx
    .insert(outboxEvents)
    .values(events.map((e) => ({ channels: e.channels, name: e.name, payload: e.payload })))
    .returning({ id: outboxEvents.id });
  afterCommit(deliverAfterCommit);
  return rows.map((r) => r.id);
}
