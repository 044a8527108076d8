import { afterAll, inject } from "vitest";
import { resetEnvCache } from "@/lib/env";

// Without DATABASE_URL a file that uses the database gets its own in-memory PGlite, opened on first
// use from the run's migrated template (lib/testing/global-setup.ts); a file that never does pays nothing.
if (!process.env.DATABASE_URL) {
  process.env.PGLITE_DATA_DIR = "memory://";
  process.env.PGLITE_TEMPLATE = inject("pgliteTemplate");
}
resetEnvCache();

afterAll(async () => {
  const { flushTokenAudit } = await import("@/lib/tokens/validate");
  await flushTokenAudit();
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
});
