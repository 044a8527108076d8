import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Once per run, before workers start. On PostgreSQL: apply the migrations (workers would race).
 * On PGlite: a migrated data folder, dumped to a file each test file's in-memory database starts
 * from, kept under .data/ and keyed by the migrations and the PGlite version, so it is rebuilt
 * only when either changes.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const { migrateDb } = await import("@/lib/db/migrate");
    const { closeDb } = await import("@/lib/db/client");
    await migrateDb();
    await closeDb();
    return;
  }
  project.provide("pgliteTemplate", await pgliteTemplate());
}

async function pgliteTemplate(): Promise<string> {
  const migrations = path.resolve("drizzle");
  const hash = createHash("sha256");
  hash.update(JSON.parse(fs.readFileSync(path.resolve("node_modules/@electric-sql/pglite/package.json"), "utf8")).version);
  for (const f of fs.readdirSync(migrations, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(migrations, f);
    if (fs.statSync(full).isFile()) hash.update(f).update(fs.readFileSync(full));
  }
  const file = path.resolve(".data", "test-template", `pglite-${hash.digest("hex").slice(0, 16)}.tar`);
  if (fs.existsSync(file)) return file;

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const db = new PGlite();
  await migrate(drizzle(db), { migrationsFolder: migrations });
  const dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
  await db.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(path.dirname(file), { recursive: true, force: true }); // older templates
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a parallel run never reads half a file.
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, dump);
  fs.renameSync(partial, file);
  return file;
}
