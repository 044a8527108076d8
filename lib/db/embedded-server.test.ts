import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveEmbeddedDb, type EmbeddedDbServer } from "./embedded-server";

describe("embedded database socket", () => {
  let db: PGlite;
  let server: EmbeddedDbServer;
  const clients: postgres.Sql[] = [];
  const client = () => {
    const c = postgres(`postgres://postgres@127.0.0.1:${server.port}/postgres`, { max: 1, prepare: false, onnotice: () => {} });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = new PGlite();
    await db.exec("create table counters (name text primary key, n int not null); insert into counters values ('a', 0);");
    server = await serveEmbeddedDb(db);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end({ timeout: 1 })));
    await server.close();
    await db.close();
  });

  it("serves parameterised queries to several clients at once", async () => {
    const [a, b] = [client(), client()];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b)`select ${i}::int as v, ${"x" + i}::text as s`));
    expect(results.map((r) => r[0]?.v)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results.map((r) => r[0]?.s)).toEqual(Array.from({ length: 20 }, (_, i) => `x${i}`));
  });

  it("keeps each transaction whole while other clients wait (no interleaving)", async () => {
    const [a, b, c] = [client(), client(), client()];
    // Read-modify-write without row locks: interleaved sessions would lose increments.
    const bump = (sql: postgres.Sql) =>
      sql.begin(async (tx) => {
        const [row] = await tx`select n from counters where name = 'a'`;
        await new Promise((r) => setTimeout(r, 5));
        await tx`update counters set n = ${(row?.n as number) + 1} where name = 'a'`;
      });
    await Promise.all(Array.from({ length: 30 }, (_, i) => bump([a, b, c][i % 3]!)));
    const [row] = await a`select n from counters where name = 'a'`;
    expect(row?.n).toBe(30);
  });

  it("rolls back a transaction whose client disconnects, and keeps serving others", async () => {
    const dying = postgres(`postgres://postgres@127.0.0.1:${server.port}/postgres`, { max: 1, prepare: false, onnotice: () => {} });
    const started = dying
      .begin(async (tx) => {
        await tx`update counters set n = -1 where name = 'a'`;
        await new Promise((r) => setTimeout(r, 100_000));
      })
      .catch(() => "ended");
    await new Promise((r) => setTimeout(r, 100));
    await dying.end({ timeout: 0 });
    await started;
    const [row] = await client()`select n from counters where name = 'a'`;
    expect(row?.n).toBe(30);
  });

  it("reports SQL errors to the client without breaking the session for others", async () => {
    const a = client();
    await expect(a`select * from no_such_table`).rejects.toThrow(/no_such_table/);
    const [row] = await client()`select 1 as one`;
    expect(row?.one).toBe(1);
  });

  it("does not let one client's session settings leak into another's", async () => {
    const [a, b] = [client(), client()];
    await a`select set_config('search_path', '', false)`;
    const [row] = await b`select n from counters where name = 'a'`;
    expect(row?.n).toBe(30);
  });
});
