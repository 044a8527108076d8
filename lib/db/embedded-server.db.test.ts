import { PGlite } from "@electric-sql/pglite";
import net from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveEmbeddedDb, type EmbeddedDbOptions, type EmbeddedDbServer } from "./embedded-server";

const PASSWORD = "s3cret-for-tests";
const url = (port: number, password = PASSWORD) => `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
const connect = (port: number, password = PASSWORD) => postgres(url(port, password), { max: 1, prepare: false, onnotice: () => {}, connect_timeout: 10 });

/** Sends raw bytes and resolves with everything received until the server closes the socket. */
function raw(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const s = net.connect(port, "127.0.0.1", () => s.write(bytes));
    s.on("data", (d) => chunks.push(d));
    s.on("close", () => resolve(Buffer.concat(chunks)));
    s.on("error", reject);
  });
}

function startupPacket(body: Buffer, version = 0x00030000): Buffer {
  const head = Buffer.alloc(8);
  head.writeInt32BE(body.length + 8, 0);
  head.writeInt32BE(version, 4);
  return Buffer.concat([head, body]);
}

describe("embedded database socket", () => {
  let db: PGlite;
  let server: EmbeddedDbServer;
  const clients: postgres.Sql[] = [];
  const client = () => {
    const c = connect(server.port);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = new PGlite();
    await db.exec("create table counters (name text primary key, n int not null); insert into counters values ('a', 0);");
    server = await serveEmbeddedDb(db, { password: PASSWORD });
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
    const dying = connect(server.port);
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

// One engine for the tests below (starting PGlite takes seconds); each test gets its own server.
let sharedDb: PGlite | undefined;
afterAll(async () => {
  if (sharedDb && !sharedDb.closed) await sharedDb.close();
});

/** A server with the given limits over a counters table reset to 0 (a fresh engine when `own`). */
async function withServer(opts: Partial<EmbeddedDbOptions> & { own?: boolean }, fn: (port: number, db: PGlite) => Promise<void>) {
  const db = opts.own ? new PGlite() : (sharedDb ??= new PGlite());
  await db.exec("create table if not exists counters (name text primary key, n int not null); delete from counters; insert into counters values ('a', 0);");
  const server = await serveEmbeddedDb(db, { password: PASSWORD, ...opts });
  try {
    await fn(server.port, db);
  } finally {
    await server.close();
    if (opts.own && !db.closed) await db.close();
  }
}

describe("embedded database socket: access", () => {
  it("refuses a client without the password or with a wrong one, and serves one with it", async () => {
    await withServer({}, async (port) => {
      const none = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, prepare: false, connect_timeout: 10 });
      await expect(none`select 1`).rejects.toMatchObject({ code: "28P01" });
      const wrong = connect(port, "not-the-password");
      await expect(wrong`select 1`).rejects.toMatchObject({ code: "28P01" });
      const right = connect(port);
      expect((await right`select 1 as one`)[0]?.one).toBe(1);
      await Promise.all([none, wrong, right].map((c) => c.end({ timeout: 1 })));
    });
  });

  it("answers a password-less raw startup with an authentication request, not data", async () => {
    await withServer({}, async (port) => {
      const s = net.connect(port, "127.0.0.1");
      const first = await new Promise<Buffer>((resolve) => {
        s.on("connect", () => s.write(startupPacket(Buffer.from("user\0postgres\0database\0postgres\0\0"))));
        s.once("data", resolve);
      });
      s.destroy();
      // 'R', length 8, code 3 = AuthenticationCleartextPassword (not 0 = AuthenticationOk).
      expect([...first.subarray(0, 9)]).toEqual([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);
    });
  });
});

describe("embedded database socket: malformed input", () => {
  const bad: [string, Buffer][] = [
    ["startup parameters that are not name/value pairs", startupPacket(Buffer.from("garbage!"))],
    ["a startup packet with no user", startupPacket(Buffer.from("database\0postgres\0\0"))],
    ["an unsupported protocol version", startupPacket(Buffer.from("user\0postgres\0\0"), 0x00020000)],
    ["a startup length below the header", Buffer.from([0, 0, 0, 2, 0, 3, 0, 0])],
    ["a startup length far too large", Buffer.from([0x7f, 0, 0, 0, 0, 3, 0, 0])],
  ];
  for (const [name, bytes] of bad) {
    it(`refuses ${name} with an error, and keeps serving others`, async () => {
      await withServer({}, async (port) => {
        const reply = await raw(port, bytes);
        expect(String.fromCharCode(reply[0] ?? 0)).toBe("E");
        const sql = connect(port);
        expect((await sql`select 1 as one`)[0]?.one).toBe(1);
        await sql.end({ timeout: 1 });
      });
    });
  }

  // Each of these, sent by a client that knows the password, made PGlite exit for everyone.
  const message = (type: string, body: Buffer) => {
    const head = Buffer.alloc(5);
    head.write(type, "latin1");
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
  };
  const afterAuth: [string, Buffer, string][] = [
    ["an unknown message type", message("z", Buffer.alloc(0)), "08P01"],
    ["a Bind message whose fields run past its end", message("B", Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])), "08P01"],
    ["COPY FROM STDIN", message("Q", Buffer.from("create temp table t (x int); copy t from stdin\0")), "0A000"],
  ];
  for (const [name, bytes, code] of afterAuth) {
    it(`closes an authenticated client that sends ${name}, and keeps serving others`, async () => {
      await withServer({}, async (port) => {
        const password = message("p", Buffer.from(`${PASSWORD}\0`));
        const reply = await raw(port, Buffer.concat([startupPacket(Buffer.from("user\0postgres\0\0")), password, bytes, message("S", Buffer.alloc(0))]));
        expect(reply.includes(Buffer.from(code))).toBe(true);
        const sql = connect(port);
        expect((await sql`select 1 as one`)[0]?.one).toBe(1);
        await sql.end({ timeout: 1 });
      });
    });
  }
});

describe("embedded database socket: one session, time limits", () => {
  it("rolls back and disconnects a client idle in a transaction, so others proceed", async () => {
    await withServer({ idleTimeoutMs: 300 }, async (port) => {
      let dropped!: () => void;
      const disconnected = new Promise<void>((r) => (dropped = r));
      const idle = postgres(url(port), { max: 1, prepare: false, onnotice: () => {}, onclose: () => dropped() });
      const other = connect(port);
      let holding!: () => void;
      const holds = new Promise<void>((r) => (holding = r));
      // The transaction never continues: using a connection the server closed mid-transaction
      // trips a postgres-js bug (a write on a null socket), so the test only watches it close.
      const stalled = idle
        .begin(async (tx) => {
          await tx`update counters set n = 99 where name = 'a'`;
          holding();
          await new Promise(() => {});
        })
        .then(
          () => "committed",
          (e: { code?: string }) => e.code,
        );
      await holds;
      // Without the idle limit this waits for ever behind the open transaction.
      const [row] = await other`select n from counters where name = 'a'`;
      expect(row?.n).toBe(0);
      await disconnected;
      expect(await stalled).toBe("CONNECTION_CLOSED");
      await Promise.all([idle, other].map((c) => c.end({ timeout: 0 })));
    });
  });

  it("refuses a client that waited too long for the session, and the holder still commits", async () => {
    await withServer({ idleTimeoutMs: 60_000, lockTimeoutMs: 200 }, async (port) => {
      const [holder, waiter] = [connect(port), connect(port)];
      let resume!: () => void;
      const paused = new Promise<void>((r) => (resume = r));
      let holding!: () => void;
      const holds = new Promise<void>((r) => (holding = r));
      const tx = holder.begin(async (tx) => {
        await tx`update counters set n = 7 where name = 'a'`;
        holding();
        await paused;
      });
      await holds;
      await expect(waiter`select 1`).rejects.toMatchObject({ code: "55P03" });
      resume();
      await tx;
      expect((await connect(port)`select n from counters where name = 'a'`)[0]?.n).toBe(7);
      await Promise.all([holder, waiter].map((c) => c.end({ timeout: 1 })));
    });
  });

  it("reports a failed engine once and drops its clients instead of leaving them hanging", async () => {
    const fatal: unknown[] = [];
    await withServer({ own: true, onFatal: (e) => fatal.push(e) }, async (port, db) => {
      const sql = connect(port);
      expect((await sql`select 1 as one`)[0]?.one).toBe(1);
      await db.close(); // stands in for PGlite dying under the server
      await expect(sql`select 1`).rejects.toThrow();
      expect(fatal).toHaveLength(1);
      await expect(connect(port)`select 1`).rejects.toThrow();
      await sql.end({ timeout: 1 });
    });
  });
});
