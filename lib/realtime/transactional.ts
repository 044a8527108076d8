import { after } from "next/server";
import { getDb, type Tx } from "@/lib/db/client";
import { kickOutbox } from "./dispatcher";

/**
 * Runs domain writes in one transaction and starts outbox delivery as soon as it commits, so
 * events recorded with recordEvents() go out with no polling delay.
 */
export async function transactional<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await getDb().transaction(fn);
  const delivery = kickOutbox();
  try {
    // Inside a request, keep a serverless function alive until delivery ends.
    after(() => delivery);
  } catch {
    // Outside a request (CLI, tests): the promise simply runs on.
  }
  return result;
}
