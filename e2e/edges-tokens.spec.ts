import { randomBytes, randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, test } from "./fixtures";
import { rawRequest, randomLoopback } from "./raw-http";

// Issue 12, point 14: guessing tokens is limited per address (429 + Retry-After), a valid link
// from that same address (a hotel's shared Wi-Fi) still works, and refusals are audited in
// aggregate rather than one insert per request.

// The e2e server's limit (playwright.config.ts); production defaults to 100 per 10 minutes.
const LIMIT = Number(process.env.E2E_TOKEN_FAILURE_LIMIT);
const guess = () => randomBytes(32).toString("base64url");

test("random tokens from one address: 403 up to the limit, then 429 with Retry-After; a valid link still passes", async ({ baseURL, seed }) => {
  test.setTimeout(180_000);
  const { booking, hotel } = bookingOf(seed, "in_house");
  const valid = linkOf(seed, booking.reference).token;
  // A real socket address of our own (any 127.x.y.z), so other tests' failures do not count here,
  // and a forged X-Forwarded-For that must not move us to another counter.
  const from = randomLoopback();
  const userAgent = `edges-guesser-${randomUUID()}`;
  const headers = { "User-Agent": userAgent, "X-Forwarded-For": `198.51.100.${1 + (randomBytes(1)[0]! % 250)}` };
  const url = `/api/public/hotel/${hotel.slug}/booking/`;
  const get = (path: string, extra: Record<string, string> = {}) => rawRequest(baseURL!, { from, path, headers: { ...headers, ...extra } });

  const statuses: number[] = [];
  const extra = 20;
  for (let sent = 0; sent < LIMIT + extra; sent += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, LIMIT + extra - sent) }, () => get(url, { Authorization: `Bearer ${guess()}` })));
    for (const res of batch) {
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
        expect(JSON.parse(res.body)).toMatchObject({ code: "RATE_LIMITED" });
      }
    }
  }
  expect(statuses.filter((s) => s === 403)).toHaveLength(LIMIT);
  expect(statuses.filter((s) => s === 429)).toHaveLength(extra);

  // The rightful guest on the same address: the API, and the magic link itself.
  const ok = await get(url, { Authorization: `Bearer ${valid}` });
  expect(ok.status).toBe(200);
  const link = await get(`/g/${valid}`);
  expect(link.status).toBe(303);
  expect(link.headers["location"]).toMatch(/\/stay$/);
  // Guessed magic links from that address are limited too.
  expect((await get(`/g/${guess()}`)).status).toBe(429);

  // Another address is not affected by this one's failures.
  const other = await rawRequest(baseURL!, { from: randomLoopback(), path: url, headers: { Authorization: `Bearer ${guess()}` } });
  expect(other.status).toBe(403);

  // Refusals are audited, in a few aggregated rows rather than one per request.
  const refusals = statuses.length + 1;
  await expect
    .poll(async () => withSql(async (sql) => (await sql`select coalesce(sum(count), 0)::int as n from token_events where kind = 'REJECTED' and user_agent = ${userAgent}`)[0]!.n), {
      timeout: 20_000,
    })
    .toBe(refusals);
  const [rows] = await withSql((sql) => sql`select count(*)::int as n from token_events where kind = 'REJECTED' and user_agent = ${userAgent}`);
  // One row per flush (every few seconds), not one per refusal.
  expect(rows!.n).toBeLessThan(refusals / 10);
});
