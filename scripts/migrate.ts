// Applies drizzle/ migrations to DATABASE_URL, the running app's embedded database, or the data folder.
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { migrateDb } from "@/lib/db/migrate";

const via = await connectCli();
await migrateDb();
await closeDb();
console.log(`Migrations applied (${via}).`);
