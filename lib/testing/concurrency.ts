import { sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { transactionScope } from "@/lib/db/transaction-scope";

/**
 * Races only show on PostgreSQL: the embedded engine runs one transaction at a time. Race tests
 * use `describe.runIf(racesRunHere())` and run with DATABASE_URL set.
 */
export function racesRunHere(): boolean {
  return Boolean(process.env.DATABASE_URL);
}

/** Starts `n` calls at once (each takes its own pooled connection) and settles them all. */
export function concurrently<T>(n: number, fn: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => settle(fn(i))));
}

function settle<T>(p: Promise<T>): Promise<PromiseSettledResult<T>> {
  return p.then(
    (value) => ({ status: "fulfilled", value }) as const,
    (reason: unknown) => ({ status: "rejected", reason }) as const,
  );
}

/**
 * Waits until at least `count` other sessions of this database are blocked on a lock. With a row
 * held in an open transaction, this is a deterministic rendezvous: the racing call has reached the
 * contested row, and the test decides what commits first. Not a timing assertion: it only waits.
 */
export async function waitForLockWaiters(count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Asked on another connection, also when called from inside the held transaction.
    const rows = await transactionScope.exit(() =>
      getDb().execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`),
    );
    const n = Number((rows as unknown as { n: number }[])[0]?.n ?? 0);
    if (n >= count) return;
    if (Date.now() > deadline) throw new Error(`expected ${count} session(s) waiting on a lock, saw ${n}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A deterministic race: `lock` runs in a transaction the test holds open (e.g. `select … for
 * update` of a contested row); `race` starts and is awaited until it blocks on that lock; then
 * `beforeCommit` runs in the held transaction (the competing write) and it commits. Returns how
 * `race` settled once it could proceed.
 */
export async function raceAgainstHeldLock<T>(opts: {
  lock: (tx: Tx) => Promise<unknown>;
  race: () => Promise<T>;
  beforeCommit?: (tx: Tx) => Promise<unknown>;
}): Promise<PromiseSettledResult<T>> {
  let raced: Promise<PromiseSettledResult<T>> | undefined;
  // The held side is a real transaction() (its writes may record events); the racing call starts
  // outside its scope, as another request would, so it opens its own.
  await transaction(async (tx) => {
    await opts.lock(tx);
    raced = transactionScope.exit(() => settle(opts.race()));
    await waitForLockWaiters(1);
    await opts.beforeCommit?.(tx);
  });
  return raced!;
}
