import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { outboxEvents, type OutboxEvent } from "@/lib/db/schema";

import { guestUserId } from "./channels";
import { getPusher } from "./pusher-server";

// Delivers outbox rows to Pusher. A batch is claimed with a short lease (one UPDATE … SKIP LOCKED,
// no transaction held during network calls); a process that dies mid-batch simply lets the lease
// lapse and another delivery picks the rows up again. Delivery is at-least-once; clients drop
// duplicates by event_id.

export const LEASE_MS = 30_000;
const BATCH = 50;
const MAX_BACKOFF_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** Claims up to `limit` due rows, oldest first, leasing them to this caller. */
export async function claimDue(opts: { limit?: number; now?: Date } = {}): Promise<OutboxEvent[]> {
  const now = opts.now ?? new Date();
  const due = getDb()
    .select({ id: outboxEvents.id })
    .from(outboxEvents)
    .where(and(isNull(outboxEvents.deliveredAt), lte(outboxEvents.availableAt, now)))
    .orderBy(asc(outboxEvents.createdAt))
    .limit(opts.limit ?? BATCH)
    .for("update", { skipLocked: true });
  const rows = await getDb()
    .update(outboxEvents)
    .set({ availableAt: new Date(now.getTime() + LEASE_MS), attempts: sql`${outboxEvents.attempts} + 1` })
    .where(inArray(outboxEvents.id, due))
    .returning();
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export function envelope(row: OutboxEvent): Record<string, unknown> {
  return { ...row.payload, event_id: row.id, created_at: row.createdAt.toISOString() };
}

/** Side effects some events carry beyond the message itself. */
async function afterDelivery(row: OutboxEvent): Promise<void> {
  if (row.name === "booking.link_revoked") {
    // End the revoked guest's live connections; other party members' clients re-sign-in with valid links.
    const ref = String(row.payload.booking_id ?? "");
    if (ref) await getPusher()?.terminateUserConnections(guestUserId(ref));
  }
}

const BATCH_LIMIT = 10; // Pusher's maximum events per batch call

/** Groups rows, in order, so that each group expands to at most BATCH_LIMIT (event, channel) pairs. */
export function batchGroups(rows: OutboxEvent[]): OutboxEvent[][] {
  const groups: OutboxEvent[][] = [];
  let current: OutboxEvent[] = [];
  let size = 0;
  for (const row of rows) {
    const n = row.channels.length;
    if (current.length && size + n > BATCH_LIMIT) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

async function sendGroup(pusher: NonNullable<ReturnType<typeof getPusher>>, group: OutboxEvent[]): Promise<void> {
  const [only] = group;
  if (group.length === 1 && only) {
    // A single event may fan out to up to 100 channels in one call.
    await pusher.trigger(only.channels, only.name, envelope(only));
    return;
  }
  await pusher.triggerBatch(group.flatMap((row) => row.channels.map((channel) => ({ channel, name: row.name, data: envelope(row) }))));
}

/** Delivers claimed rows, batching where it saves calls; a failed call backs off only its group. */
export async function deliver(rows: OutboxEvent[]): Promise<number> {
  const pusher = getPusher();
  if (!pusher || rows.length === 0) return 0;
  let delivered = 0;
  for (const group of batchGroups(rows)) {
    const ids = group.map((r) => r.id);
    try {
      await sendGroup(pusher, group);
      for (const row of group) await afterDelivery(row);
      await getDb().update(outboxEvents).set({ deliveredAt: new Date(), lastError: null }).where(inArray(outboxEvents.id, ids));
      delivered += group.length;
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      for (const row of group) {
        await getDb()
          .update(outboxEvents)
          .set({ availableAt: new Date(Date.now() + backoffMs(row.attempts)), lastError: message })
          .where(eq(outboxEvents.id, row.id));
      }
    }
  }
  return delivered;
}

/** Claims and delivers until nothing is due (or a round delivers nothing). */
export async function deliverDue(): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await claimDue();
    if (rows.length === 0) return total;
    const n = await deliver(rows);
    total += n;
    if (n === 0) return total;
  }
}

/** Delivered rows are kept a while for support questions ("did the guest get it?"), then dropped. */
export async function purgeDelivered(opts: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
  const cutoff = new Date((opts.now ?? new Date()).getTime() - (opts.olderThanMs ?? 7 * 86_400_000));
  const rows = await getDb()
    .delete(outboxEvents)
    .where(and(isNotNull(outboxEvents.deliveredAt), lt(outboxEvents.deliveredAt, cutoff)))
    .returning({ id: outboxEvents.id });
  return rows.length;
}

const state = globalThis as unknown as { __outboxRunning?: Promise<void> | null; __outboxAgain?: boolean; __outboxTimer?: NodeJS.Timeout };

/** Starts delivery now, in the background (called right after a transaction commits). */
export function kickOutbox(): Promise<void> {
  if (!getPusher()) return Promise.resolve();
  if (state.__outboxRunning) {
    state.__outboxAgain = true;
    return state.__outboxRunning;
  }
  state.__outboxRunning = (async () => {
    do {
      state.__outboxAgain = false;
      try {
        await deliverDue();
      } catch (e) {
        console.error("outbox delivery failed", e instanceof Error ? e.message : e);
      }
    } while (state.__outboxAgain);
    state.__outboxRunning = null;
  })();
  return state.__outboxRunning;
}

/** The safety net: a periodic sweep for events whose first delivery failed or was missed. */
export function startOutboxSweeper(intervalMs = 5_000): void {
  if (state.__outboxTimer || !getPusher()) return;
  let sweeps = 0;
  state.__outboxTimer = setInterval(() => {
    void kickOutbox();
    // About once an hour at the default interval.
    if (++sweeps % 720 === 0) purgeDelivered().catch((e) => console.error("outbox purge failed", e instanceof Error ? e.message : e));
  }, intervalMs);
  state.__outboxTimer.unref();
  void kickOutbox();
}

export function stopOutboxSweeper(): void {
  if (state.__outboxTimer) clearInterval(state.__outboxTimer);
  state.__outboxTimer = undefined;
}

