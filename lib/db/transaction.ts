import { dbHandle, type Tx } from "./client";
import { assertOutsideTransaction, transactionScope, type TransactionScope } from "./transaction-scope";

export { assertOutsideTransaction, inTransaction } from "./transaction-scope";

// The one way to open a transaction. Inside it only the transaction may be used: getDb() would
// wait for a second connection, which never comes with the embedded database (one session at a
// time) or in-process PGlite, so it throws instead of hanging. Work that must follow the commit
// (e.g. starting event delivery) registers a hook with afterCommit().

/** Runs `fn` in one transaction; hooks registered with afterCommit run after it commits (never on rollback). */
export async function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  // A nested call would wait for a second connection while the outer transaction holds one.
  assertOutsideTransaction("transaction()");
  const scope: TransactionScope = { open: true, hooks: new Set() };
  let result: T;
  try {
    result = await transactionScope.run(scope, () => dbHandle().db.transaction(fn));
  } finally {
    scope.open = false;
  }
  for (const hook of scope.hooks) {
    try {
      hook();
    } catch (e) {
      // The change is committed; a failing follow-up must not turn it into an error for the caller.
      console.error("after-commit hook failed", e instanceof Error ? e.message : e);
    }
  }
  return result;
}

/** Registers work to start once the current transaction commits (each hook once per transaction). */
export function afterCommit(hook: () => void): void {
  const scope = transactionScope.getStore();
  if (!scope?.open) throw new Error("afterCommit() outside transaction()");
  scope.hooks.add(hook);
}
