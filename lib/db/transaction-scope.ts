import { AsyncLocalStorage } from "node:async_hooks";

// Which transaction (if any) the current async call chain runs in. Kept apart from client.ts and
// transaction.ts so both can read it without importing each other.

export type TransactionScope = { open: boolean; hooks: Set<() => void> };

export const transactionScope = new AsyncLocalStorage<TransactionScope>();

/** True while the caller runs inside transaction() (lib/db/transaction.ts). */
export function inTransaction(): boolean {
  return transactionScope.getStore()?.open === true;
}

/** Throws inside a transaction; for work that must never run while one is held (a second connection, bcrypt, network). */
export function assertOutsideTransaction(what: string): void {
  if (inTransaction()) throw new Error(`${what} inside a transaction: use the transaction passed in, or do it before or after`);
}
