// Once per run: on real PostgreSQL, apply migrations before workers start (they would race).
export default async function setup() {
  if (!process.env.DATABASE_URL) return;
  const { migrateDb } = await import("@/lib/db/migrate");
  const { closeDb } = await import("@/lib/db/client");
  await migrateDb();
  await closeDb();
}
