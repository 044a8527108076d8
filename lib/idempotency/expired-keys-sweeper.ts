import "server-only";
import { getDb } from "@/lib/db/client";
import { startSweeper } from "@/lib/jobs/sweeper";
import { purgeExpiredKeys } from "./run-once";

/** Drops expired idempotency keys once an hour on a long-running server (started by instrumentation.ts). */
export function startExpiredKeysSweeper(): void {
  startSweeper({ key: "__idempotencyPurgeTimer", what: "idempotency key purge", everyMs: 3_600_000, sweep: () => purgeExpiredKeys(getDb()) });
}
