import { getDb, type Tx } from "@/lib/db/client";
import { kickOutbox } from "./dispatcher";

/**
 * Runs domain writes in one transaction and starts outbox delivery as soon as it commits, so
 * events recorded with recordEvents() go out with no polling delay.
 */
export async function transactional<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await getDb().transaction(fn);
  void kickOutbox();
  return result;
}
