import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";
import { assertOutsideTransaction } from "./transaction-scope";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Reads that may run inside or outside a caller's transaction take this; writes take a Tx. */
export type DbOrTx = Db | Tx;

type Handle = { db: Db; engine: "postgres" | "pglite"; close: () => Promise<void>; pglite?: PGlite };

// One client per process: Next.js may load this module more than once, so it lives on globalThis.
const globalForDb = globalThis as unknown as { __guestDb?: Handle };

export function pgliteDataDir(): string {
  return env().PGLITE_DATA_DIR || path.join(env().DATA_DIR, "pglite");
}

/**
 * drizzle runs every query through `unsafe(text, params, { prepare: false })` unless it was built
 * with `.prepare(name)` (drizzle-orm#6096), so PostgreSQL parsed and planned each statement on
 * every call: about 60 % of the database's time per room-service order. postgres.js names and
 * caches a statement per connection by its text when asked to, so ask it to, in transactions and
 * savepoints too (drizzle runs those on the objects `begin` and `savepoint` hand it).
 */
type Unsafe = { unsafe: (...args: never[]) => unknown };
type Scoped = (...args: never[]) => unknown;
function preparedByDefault<T extends Unsafe>(client: T): T {
  const c = client as unknown as Record<string, unknown> & { unsafe: (text: string, params?: unknown[], options?: object) => unknown };
  const unsafe = c.unsafe.bind(client);
  c.unsafe = (text, params, options) => unsafe(text, params, { ...options, prepare: true });
  for (const method of ["begin", "savepoint"] as const) {
    const original = c[method] as Scoped | undefined;
    if (typeof original !== "function") continue;
    c[method] = (...args: unknown[]) => {
      const last = args.length - 1;
      const body = args[last] as (tx: Unsafe) => unknown;
      args[last] = (tx: Unsafe) => body(preparedByDefault(tx));
      return (original as (...a: unknown[]) => unknown).apply(client, args);
    };
  }
  return client;
}

function open(): Handle {
  const url = env().DATABASE_URL;
  if (url) {
    // The embedded database's socket shares one session between clients: no named statements.
    const shared = env().DB_EMBEDDED_SOCKET === "1";
    const sql = postgres(url, { max: shared ? 1 : env().DB_POOL_MAX, prepare: !shared, onnotice: () => {} });
    const db = drizzlePostgres(shared ? sql : preparedByDefault(sql), { schema }) as unknown as Db;
    return { db, engine: "postgres", close: () => sql.end({ timeout: 5 }) };
  }
  const dir = pgliteDataDir();
  const pglite = dir === "memory://" ? memoryPglite() : new PGlite(dir);
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { db, engine: "pglite", pglite, close: () => pglite.close() };
}

/** In memory: from the migrated template when one is given (initdb alone takes seconds), else empty. */
function memoryPglite(): PGlite {
  const template = env().PGLITE_TEMPLATE;
  return template ? new PGlite({ loadDataDir: new Blob([fs.readFileSync(template)]) }) : new PGlite();
}

export function dbHandle(): Handle {
  if (!globalForDb.__guestDb) globalForDb.__guestDb = open();
  return globalForDb.__guestDb;
}

/** The database, for work outside a transaction; inside transaction() use the `tx` passed in. */
export function getDb(): Db {
  assertOutsideTransaction("getDb()");
  return dbHandle().db;
}

export async function closeDb(): Promise<void> {
  const h = globalForDb.__guestDb;
  globalForDb.__guestDb = undefined;
  if (h) await h.close();
}
