import { and, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { idempotencyKeys } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { requestHash } from "./request-hash";

/** How long a key is remembered: a retry within this window gets the first answer. */
export const IDEMPOTENCY_TTL_HOURS = 24;

const EXPIRED = sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export type IdempotentRequest = {
  /** What the key is unique within, e.g. `booking-create:{hotelId}`, `order:{bookingId}`. */
  scope: string;
  /** The client's key (Idempotency-Key header or form field), already validated. */
  key: string;
  /** The parsed request without the key; only its hash is stored. */
  request: unknown;
};

export type RunOnceResult<T, S> = { replayed: false; result: T } | { replayed: true; stored: S };

/**
 * The one idempotency mechanism for mutations that take a client key (bookings, orders; a chat
 * message's client_id is kept on the message row itself, lib/chat/insert-message.ts). Call it first inside the caller's transaction:
 *
 *   const r = await runOnce(tx, { scope: `order:${bookingId}`, key, request: input }, async () => {
 *     const order = ...write...;
 *     return { result: order, stored: { orderId: order.id } };
 *   });
 *   if (r.replayed) ...load the first result from r.stored...
 *
 * - It claims (scope, key) with `insert … on conflict do nothing`. A concurrent twin's insert
 *   waits on the unique index until the first transaction ends, so parallel requests do the work
 *   once: the twin then reads the committed row; if the first rolled back, the twin claims it.
 * - Same key, same request: `{ replayed: true, stored }`, the small JSON `work` returned first
 *   (ids, not whole rows). Same key, different request: AppError IDEMPOTENCY_KEY_REUSED (422).
 * - If `work` throws, the transaction rolls back and the key is free again.
 * - Keys live IDEMPOTENCY_TTL_HOURS: an older key with the same scope is treated as unused (its row
 *   is replaced in this transaction). `purgeExpiredKeys` drops the rest on the hourly sweep, so the
 *   order path spends no statement on housekeeping.
 */
export async function runOnce<T, S extends JsonValue>(
  tx: DbOrTx,
  req: IdempotentRequest,
  work: () => Promise<{ result: T; stored: S }>,
): Promise<RunOnceResult<T, S>> {
  const hash = requestHash(req.request);
  const claim = () => tx.insert(idempotencyKeys).values({ scope: req.scope, key: req.key, requestHash: hash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  const claimed = await claim();
  if (claimed.length === 0) {
    const same = and(eq(idempotencyKeys.scope, req.scope), eq(idempotencyKeys.key, req.key));
    const [prior] = await tx.select({ requestHash: idempotencyKeys.requestHash, response: idempotencyKeys.response, expired: sql<boolean>`${idempotencyKeys.createdAt} < ${EXPIRED}` }).from(idempotencyKeys).where(same);
    if (!prior) throw new Error("idempotency key vanished after a conflict");
    if (prior.expired) {
      // Forgotten: the key starts over as if never used.
      await tx.delete(idempotencyKeys).where(same);
      if ((await claim()).length === 0) throw new Error("idempotency key re-claimed by another request");
      return runWork();
    }
    if (prior.requestHash !== hash) {
      throw new AppError("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different request");
    }
    return { replayed: true, stored: prior.response as S };
  }
  return runWork();

  async function runWork(): Promise<RunOnceResult<T, S>> {
    const { result, stored } = await work();
    await tx
      .update(idempotencyKeys)
      .set({ response: stored })
      .where(and(eq(idempotencyKeys.scope, req.scope), eq(idempotencyKeys.key, req.key)));
    return { replayed: false, result };
  }
}

/** Drops keys past IDEMPOTENCY_TTL_HOURS (the hourly sweep and the serverless sweep route call it). */
export async function purgeExpiredKeys(db: DbOrTx): Promise<number> {
  return (await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, EXPIRED)).returning({ key: idempotencyKeys.key })).length;
}
