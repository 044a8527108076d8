import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import { dbHandle } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Applies drizzle/ migrations to whichever engine this process uses. Idempotent. */
export async function migrateDb(): Promise<void> {
  const h = dbHandle();
  // Both migrators accept any drizzle PG database; the casts only bridge the driver types.
  if (h.engine === "pglite") await migratePglite(h.db as never, { migrationsFolder });
  else await migratePostgres(h.db as never, { migrationsFolder });
}
