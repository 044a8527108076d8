import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import type Pusher from "pusher";
import { getDb } from "@/lib/db/client";
import { outboxEvents, type OutboxEvent } from "@/lib/db/schema";
import { MAX_EVENT_DATA_BYTES } from "./events";
import { getPusher } from "./pusher-server";
import { applySideEffects } from "./side-effects";

// Delivers outbox rows to Pusher. A batch is claimed with a short lease (one UPDATE … SKIP LOCKED,
// no transaction held during network calls) under a fresh lease token; a row is settled only by
// the holder of its current lease, so a slow dispatcher whose lease lapsed cannot overwrite the
// next one's. All times come from the database clock. A process that dies mid-batch lets the
// lease lapse and another delivery picks the rows up again. Delivery is at-least-once; clients
// drop duplicates by event_id.
//
// One bad event must not hold up the others: when Pusher refuses a batch (4xx), each event is
// retried alone, and an event refused MAX_ATTEMPTS times is marked dead (ADMIN sees it in the
// console, /console/deliveries). Network errors and 5xx back off without blaming any one event,
// up to MAX_TRANSIENT_ATTEMPTS.

export const LEASE_MS = 30_000;
export const MAX_ATTEMPTS = 5;
export const MAX_TRANSIENT_ATTEMPTS = 40; // about three hours at the five-minute backoff ceiling
const BATCH = 50;
const MAX_BACKOFF_MS = 5 * 60_000;
const BATCH_LIMIT = 10; // Pusher's maximum events per batch call

export type Claim = { token: string; rows: OutboxEvent[] };

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

const dbNowPlus = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/** Claims up to `limit` due rows in sequence order, leasing them under a new token. */
export async function claimDue(opts: { limit?: number } = {}): Promise<Claim> {
  const token = randomUUID();
  const due = getDb()
    .select({ id: outboxEvents.id })
    .from(outboxEvents)
    .where(and(isNull(outboxEvents.deliveredAt), isNull(outboxEvents.deadAt), lte(outboxEvents.availableAt, sql`now()`)))
    .orderBy(asc(outboxEvents.seq))
    .limit(opts.limit ?? BATCH)
    .for("update", { skipLocked: true });
  const rows = await getDb()
    .update(outboxEvents)
    .set({ leaseToken: token, availableAt: dbNowPlus(LEASE_MS), attempts: sql`${outboxEvents.attempts} + 1` })
    .where(inArray(outboxEvents.id, due))
    .returning();
  return { token, rows: rows.sort((a, b) => a.seq - b.seq) };
}

export function envelope(row: OutboxEvent): Record<string, unknown> {
  return { ...row.payload, event_id: row.id, created_at: row.createdAt.toISOString() };
}

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

async function send(pusher: Pusher, group: OutboxEvent[]): Promise<void> {
  const sendable = group.filter((row) => row.channels.length > 0); // effect-only rows have no message
  const [only] = sendable;
  if (!only) return;
  if (sendable.length === 1) {
    // A single event may fan out to up to 100 channels in one call.
    await pusher.trigger(only.channels, only.name, envelope(only));
    return;
  }
  await pusher.triggerBatch(sendable.flatMap((row) => row.channels.map((channel) => ({ channel, name: row.name, data: envelope(row) }))));
}

/** Only Pusher's answer decides what happens to the rows; database errors afterwards are not its refusal. */
function trySend(pusher: Pusher, group: OutboxEvent[]): Promise<{ error: unknown } | null> {
  return send(pusher, group).then(
    () => null,
    (error: unknown) => ({ error }),
  );
}

/**
 * The event itself is at fault: Pusher answered 4xx (not 429), or the SDK refused it before any
 * request (bad channel or event name). Retrying the same call cannot help, but another event may.
 * Network errors and 5xx come as a PusherRequestError without a 4xx status.
 */
function isRefusal(e: unknown): boolean {
  const err = e as { name?: unknown; status?: unknown };
  if (err?.name !== "PusherRequestError") return true;
  return typeof err.status === "number" && err.status >= 400 && err.status < 500 && err.status !== 429;
}

function errorText(e: unknown): string {
  const body = (e as { body?: unknown }).body;
  const message = e instanceof Error ? e.message : String(e);
  return (typeof body === "string" && body ? `${message}: ${body}` : message).slice(0, 500);
}

async function settleDelivered(token: string, row: OutboxEvent): Promise<boolean> {
  const done = await getDb()
    .update(outboxEvents)
    .set({ deliveredAt: sql`now()`, leaseToken: null, lastError: null })
    .where(and(eq(outboxEvents.id, row.id), eq(outboxEvents.leaseToken, token)))
    .returning({ id: outboxEvents.id });
  return done.length > 0;
}

/** Backs a failed row off by its own attempt count, or marks it dead once it has used them up. */
export async function settleFailed(token: string, row: OutboxEvent, error: string, opts: { refused: boolean }): Promise<void> {
  const dead = opts.refused ? row.attempts >= MAX_ATTEMPTS : row.attempts >= MAX_TRANSIENT_ATTEMPTS;
  await getDb()
    .update(outboxEvents)
    .set(dead ? { deadAt: sql`now()`, leaseToken: null, lastError: error } : { availableAt: dbNowPlus(backoffMs(row.attempts)), leaseToken: null, lastError: error })
    .where(and(eq(outboxEvents.id, row.id), eq(outboxEvents.leaseToken, token)));
}

/** After Pusher took the message: run the event's side effects, then mark it delivered. */
async function finish(token: string, row: OutboxEvent): Promise<boolean> {
  try {
    await applySideEffects(row);
  } catch (e) {
    // Delivered, but e.g. ending connections failed: retry the whole event (clients drop the duplicate).
    await settleFailed(token, row, `side effect failed: ${errorText(e)}`, { refused: isRefusal(e) });
    return false;
  }
  return settleDelivered(token, row);
}

function oversized(row: OutboxEvent): boolean {
  return new TextEncoder().encode(JSON.stringify(envelope(row))).length > MAX_EVENT_DATA_BYTES;
}

/**
 * Delivers claimed rows, batching where it saves calls. A refused batch is retried one event at
 * a time so the others go through; a network error or 5xx backs off this round's remaining rows.
 */
export async function deliver(claim: Claim): Promise<number> {
  const pusher = getPusher();
  if (!pusher || claim.rows.length === 0) return 0;
  const { token } = claim;
  let delivered = 0;
  // Rows Pusher would refuse for their size are dead at once: no retry can change them.
  const rows: OutboxEvent[] = [];
  for (const row of claim.rows) {
    if (oversized(row)) await settleFailed(token, { ...row, attempts: MAX_TRANSIENT_ATTEMPTS }, `event data is over ${MAX_EVENT_DATA_BYTES} bytes`, { refused: true });
    else rows.push(row);
  }
  const groups = batchGroups(rows);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const failure = await trySend(pusher, group);
    if (!failure) {
      for (const row of group) if (await finish(token, row)) delivered++;
      continue;
    }
    if (!isRefusal(failure.error)) {
      // Pusher unreachable or failing: nothing in this round will do better; back everyone off.
      for (const row of groups.slice(g).flat()) await settleFailed(token, row, errorText(failure.error), { refused: false });
      return delivered;
    }
    if (group.length === 1) {
      await settleFailed(token, group[0]!, errorText(failure.error), { refused: true });
      continue;
    }
    // The batch was refused: find the culprit(s) by sending each event alone.
    for (const row of group) {
      const alone = await trySend(pusher, [row]);
      if (alone) await settleFailed(token, row, errorText(alone.error), { refused: isRefusal(alone.error) });
      else if (await finish(token, row)) delivered++;
    }
  }
  return delivered;
}

/** Claims and delivers until nothing is due (or a round delivers nothing). */
export async function deliverDue(): Promise<number> {
  let total = 0;
  for (;;) {
    const claim = await claimDue();
    if (claim.rows.length === 0) return total;
    const n = await deliver(claim);
    total += n;
    if (n === 0) return total;
  }
}

/**
 * Delivered rows are kept a while for support questions ("did the guest get it?"), dead ones a
 * while longer for ADMIN to look at; then both are dropped.
 */
export async function purgeOutbox(opts: { deliveredOlderThanMs?: number; deadOlderThanMs?: number } = {}): Promise<number> {
  const delivered = await getDb()
    .delete(outboxEvents)
    .where(and(isNotNull(outboxEvents.deliveredAt), lt(outboxEvents.deliveredAt, sql`now() - make_interval(secs => ${(opts.deliveredOlderThanMs ?? 7 * 86_400_000) / 1000})`)))
    .returning({ id: outboxEvents.id });
  const dead = await getDb()
    .delete(outboxEvents)
    .where(and(isNotNull(outboxEvents.deadAt), lt(outboxEvents.deadAt, sql`now() - make_interval(secs => ${(opts.deadOlderThanMs ?? 30 * 86_400_000) / 1000})`)))
    .returning({ id: outboxEvents.id });
  return delivered.length + dead.length;
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

/** One sweep: deliver what is due, and now and then drop old rows (also what the serverless cron route runs). */
export async function sweepOutbox(opts: { purge?: boolean } = {}): Promise<{ delivered: number; purged: number }> {
  const delivered = getPusher() ? await deliverDue() : 0;
  const purged = opts.purge === false ? 0 : await purgeOutbox();
  return { delivered, purged };
}

/** The safety net: a periodic sweep for events whose first delivery failed or was missed. */
export function startOutboxSweeper(intervalMs = 5_000): void {
  if (state.__outboxTimer || !getPusher()) return;
  let sweeps = 0;
  state.__outboxTimer = setInterval(() => {
    void kickOutbox();
    // About once an hour at the default interval.
    if (++sweeps % 720 === 0) purgeOutbox().catch((e) => console.error("outbox purge failed", e instanceof Error ? e.message : e));
  }, intervalMs);
  state.__outboxTimer.unref();
  void kickOutbox();
}

export function stopOutboxSweeper(): void {
  if (state.__outboxTimer) clearInterval(state.__outboxTimer);
  state.__outboxTimer = undefined;
}
