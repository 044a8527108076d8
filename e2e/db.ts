import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

// Direct SQL for test setup (e.g. an expired link) and for checking that refused requests wrote
// nothing. Goes through the running app's embedded-database socket, or DATABASE_URL.
export async function withSql<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.resolve(".data", `e2e-${Number(process.env.E2E_PORT ?? 3100)}`);
    const owner = JSON.parse(fs.readFileSync(path.join(dir, "pglite.owner.json"), "utf8")) as { dbPort: number };
    const { dbPassword } = JSON.parse(fs.readFileSync(path.join(dir, "local-secrets.json"), "utf8")) as { dbPassword: string };
    url = `postgres://postgres:${encodeURIComponent(dbPassword)}@127.0.0.1:${owner.dbPort}/postgres`;
  }
  const sql = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Everything a guest request could have written for a booking, to compare before/after. */
export async function bookingFootprint(reference: string) {
  return withSql(async (sql) => {
    const [b] = await sql`select id, precheckin, precheckin_submitted_at, updated_at from bookings where reference = ${reference}`;
    if (!b) throw new Error(`no booking ${reference}`);
    const [events] = await sql`select count(*)::int as n from booking_events where booking_id = ${b.id}`;
    const [outbox] = await sql`select count(*)::int as n from outbox_events where payload->>'booking_id' = ${reference}`;
    return { precheckin: b.precheckin, submittedAt: b.precheckin_submitted_at, updatedAt: String(b.updated_at), events: events?.n, outbox: outbox?.n };
  });
}
