import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";

// Without DATABASE_URL each test file gets its own in-memory PGlite with the real migrations.
if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = "memory://";
resetEnvCache();

beforeAll(async () => {
  if (process.env.DATABASE_URL) return;
  const { migrateDb } = await import("@/lib/db/migrate");
  await migrateDb();
});

afterAll(async () => {
  const { flushTokenAudit } = await import("@/lib/tokens/validate");
  await flushTokenAudit();
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
});
