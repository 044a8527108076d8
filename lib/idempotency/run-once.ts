import { and, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { idempotencyKeys } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { requestHash } from "./request-hash";

/** How long a key is remembered: a retry within this window gets the first answer. */
export const IDEMPOTENCY_TTL_HOURS = 24;

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
 * - Keys live at least IDEMPOTENCY_TTL_HOURS; each claim purges the expired keys of its own scope
 *   (an indexed range), so the table stays small without a separate job.
 */
export async function runOnce<T, S extends JsonValue>(
  tx: DbOrTx,
  req: IdempotentRequest,
  work: () => Promise<{ result: T; stored: S }>,
): Promise<RunOnceResult<T, S>> {
  const hash = requestHash(req.request);
  const expired = sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, req.scope), lt(idempotencyKeys.createdAt, expired)));
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope: req.scope, key: req.key, requestHash: hash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [prior] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, req.scope), eq(idempotencyKeys.key, req.key)));
    if (!prior) throw new Error("idempotency key vanished after a conflict");
    if (prior.requestHash !== hash) {
      throw new AppError("IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different request");
    }
    return { replayed: true, stored: prior.response as S };
  }
  const { result, stored } = await work();
  await tx
    .update(idempotencyKeys)
    .set({ response: stored })
    .where(and(eq(idempotencyKeys.scope, req.scope), eq(idempotencyKeys.key, req.key)));
  return { replayed: false, result };
}
