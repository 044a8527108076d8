import { randomBytes, randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, test } from "./fixtures";

// Issue 12, point 14: guessing tokens is limited per address (429 + Retry-After), a valid link
// from that same address (a hotel's shared Wi-Fi) still works, and refusals are audited in
// aggregate rather than one insert per request.

const LIMIT = 100; // TOKEN_FAILURE_LIMIT.points
const guess = () => randomBytes(32).toString("base64url");

test("random tokens from one address: 403 up to the limit, then 429 with Retry-After; a valid link still passes", async ({ request, seed }) => {
  const { booking, hotel } = bookingOf(seed, "in_house");
  const valid = linkOf(seed, booking.reference).token;
  // A documentation-range address of our own, so other tests' failures do not count here.
  const address = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;
  const userAgent = `edges-guesser-${randomUUID()}`;
  const headers = { "X-Forwarded-For": address, "User-Agent": userAgent };
  const url = `/api/public/hotel/${hotel.slug}/booking/`;

  const statuses: number[] = [];
  for (let i = 0; i < LIMIT + 20; i++) {
    const res = await request.get(url, { headers: { ...headers, Authorization: `Bearer ${guess()}` } });
    statuses.push(res.status());
    if (res.status() === 429) {
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ code: "RATE_LIMITED" });
    }
  }
  expect(statuses.slice(0, LIMIT).every((s) => s === 403)).toBe(true);
  expect(statuses.slice(LIMIT).every((s) => s === 429)).toBe(true);

  // The rightful guest on the same address: the API, and the magic link itself.
  const ok = await request.get(url, { headers: { ...headers, Authorization: `Bearer ${valid}` } });
  expect(ok.status()).toBe(200);
  const link = await request.get(`/g/${valid}`, { headers, maxRedirects: 0 });
  expect(link.status()).toBe(303);
  expect(link.headers()["location"]).toMatch(/\/stay$/);
  // Guessed magic links from that address are limited too.
  const guessed = await request.get(`/g/${guess()}`, { headers, maxRedirects: 0 });
  expect(guessed.status()).toBe(429);

  // Another address is not affected by this one's failures.
  const other = await request.get(url, { headers: { "X-Forwarded-For": "192.0.2.77", Authorization: `Bearer ${guess()}` } });
  expect(other.status()).toBe(403);

  // Refusals are audited, in a few aggregated rows rather than one per request.
  const refusals = statuses.length + 1;
  await expect
    .poll(async () => withSql(async (sql) => (await sql`select coalesce(sum(count), 0)::int as n from token_events where kind = 'REJECTED' and user_agent = ${userAgent}`)[0]!.n), {
      timeout: 20_000,
    })
    .toBe(refusals);
  const [rows] = await withSql((sql) => sql`select count(*)::int as n from token_events where kind = 'REJECTED' and user_agent = ${userAgent}`);
  expect(rows!.n).toBeLessThanOrEqual(10);
});
