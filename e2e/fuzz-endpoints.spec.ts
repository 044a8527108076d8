import type { APIRequestContext, APIResponse } from "@playwright/test";
import fc from "fast-check";
import { withSql } from "./db";
import { bookingOf, expect, issueLink, staffOf, test } from "./fixtures";
import { apiEndpoints, type Endpoint } from "./route-inventory";
import { signedInApi } from "./staff-helpers";

// Property-based fuzzing of every public and console endpoint (issue 12): whatever arrives in the
// path, query, headers or body, the answer is never a 5xx, every error is `{error, code}` JSON,
// and nothing is written. CI runs a short pass; `npm run fuzz` (FUZZ_RUNS=N) a long one.

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
test.describe.configure({ mode: "serial" });
test.setTimeout(Math.max(120_000, RUNS * 2_000));

// Every route file under app/api, plus the pages that take input without being an API.
const routes = apiEndpoints();
const PUBLIC: Endpoint[] = [
  ...routes.public,
  { method: "GET", path: (p) => `/g/${p}`, body: false },
  { method: "GET", path: (p) => `/hotel/${p}/guest`, body: false },
  { method: "POST", path: () => "/stay/leave", body: true },
  { method: "POST", path: () => "/stay/switch/confirm", body: true },
];
const CONSOLE: Endpoint[] = routes.console;

test("the inventory finds the API's route files", () => {
  // A guard against a silent empty list (a moved folder would otherwise fuzz nothing).
  expect(PUBLIC.map((e) => e.path("x"))).toContain("/api/public/hotel/x/booking/");
  expect(CONSOLE.map((e) => `${e.method} ${e.path("x")}`)).toContain("POST /api/console/bookings/x/check-in");
  // The service requests' and the guide's routes, guest and console side.
  expect(PUBLIC.map((e) => `${e.method} ${e.path("x")}`)).toEqual(expect.arrayContaining(["POST /api/public/hotel/x/requests/", "POST /api/public/hotel/x/requests/x/cancel/", "POST /api/public/hotel/x/requests/do-not-disturb/", "GET /api/public/hotel/x/guide/"]));
  expect(CONSOLE.map((e) => `${e.method} ${e.path("x")}`)).toEqual(expect.arrayContaining(["POST /api/console/requests/x/status", "PATCH /api/console/request-types/x", "PUT /api/console/hotel/guide"]));
});

// Strings that have broken parsers before: control characters, lone surrogates, huge numbers, markup.
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "%00", "%", "%E0%A4%A", "../..", "null", "[]", "{}", "1e309", "-0", "<script>", "' OR 1=1 --", "\u202E", "🏨".repeat(50)),
  fc.uuid(),
  fc.stringMatching(/^BK-[0-9A-Z-]{1,20}$/),
);
// Values at the edges of what the API takes: dates outside the bounds and leap days, times past
// midnight, integers at and past the 32-bit columns, long Unicode.
const boundaryText = fc.constantFrom(
  "0001-01-01", "9999-12-31", "1999-12-31", "2000-01-01", "2100-12-31", "2101-01-01", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10",
  "24:00", "23:59", "00:00", "07:30:59", "2147483647", "2147483648", "-2147483649", "9007199254740993", "1e21", "0x10",
  "é".repeat(1000), "👨‍👩‍👧‍👦".repeat(60), "\u200b\u200c\u200d\u2060", "a\u202eb", "line\nbreak",
);
const boundaryNumber = fc.constantFrom(0, -1, 1, 20, 21, 30, 31, 100, 1_000_000, 1_000_001, 2147483647, 2147483648, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, 1e21);
const boundary = fc.oneof(boundaryText, boundaryNumber);
// Field names the API reads, so boundary values reach the rules behind the schemas.
const fieldName = fc.constantFrom(
  "date", "delivery_date", "time_slot", "guests", "items", "quantity", "options", "notes", "reason", "status", "type", "before", "eta_minutes",
  "checkInDate", "checkOutDate", "from", "to", "priceMinor", "priceDeltaMinor", "price_minor", "arrival_time", "adults", "children", "body", "client_id", "currency",
  // Service requests and the guide.
  "type_id", "cleaning", "description", "wake_at", "checkout_time", "note", "from_status", "department", "targetMinutes", "checkOutTime", "guide", "on",
);
const boundaryObject = fc.dictionary(fieldName, fc.oneof(boundary, fc.array(fc.record({ item_id: fc.uuid(), quantity: boundaryNumber }), { maxLength: 6 })), { maxKeys: 6 });

/** Percent-encodes anything, lone surrogates included (as the replacement character's bytes). */
const enc = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...Buffer.from(v)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
  }
};
// Raw escapes that do not decode (broken or overlong UTF-8, a lone surrogate, a bare %).
const rawEscape = fc.constantFrom("%", "%ZZ", "%E0%A4%A", "%ED%A0%80", "%C0%80", "%FF", "%00");

// One non-empty path segment that routes to the same handler ("." and ".." would be normalized away).
const segment = nasty.filter((s) => s.length > 0 && s !== "." && s !== "..").map((s) => enc(s.replaceAll("/", "_")));
const pathParam = fc.oneof({ weight: 5, arbitrary: segment }, { weight: 1, arbitrary: rawEscape.map((r) => `x${r}`) });
const json = fc.jsonValue({ maxDepth: 4 });
const body = fc.oneof(
  json.map((v) => ({ type: "application/json", data: JSON.stringify(v) })),
  fc.dictionary(nasty, fc.oneof(nasty, json)).map((v) => ({ type: "application/json", data: JSON.stringify(v) })),
  fc.dictionary(nasty, nasty).map((v) => ({ type: "application/x-www-form-urlencoded", data: new URLSearchParams(v).toString() })),
  fc.tuple(fc.constantFrom("application/json", "text/plain", "application/xml", "multipart/form-data", ""), nasty).map(([type, data]) => ({ type, data })),
  fc.integer({ min: 1, max: 9000 }).map((n) => ({ type: "application/json", data: `{"a":${"[".repeat(n)}${"]".repeat(n)}}` })),
  boundaryObject.map((v) => ({ type: "application/json", data: JSON.stringify(v) })),
);
const query = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.tuple(nasty, nasty), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&")) },
  { weight: 1, arbitrary: rawEscape.map((r) => `q=${r}`) },
  // Short values only: a URL past Node's 16 KB header limit is refused (431) before the app runs.
  { weight: 2, arbitrary: fc.array(fc.tuple(fieldName, boundary.filter((v) => String(v).length < 100)), { minLength: 1, maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}=${enc(String(v))}`).join("&")) },
);
const bearer = fc.option(nasty.map((t) => t.replace(/[^\x20-\x7e]/g, "")), { nil: undefined });

/** Requests to these endpoints; `known` path values (a real hotel slug) take them past the lookups. */
function requestFor(endpoints: Endpoint[], known: string[] = []) {
  const param = known.length ? fc.oneof(pathParam, fc.constantFrom(...known)) : pathParam;
  return fc.record({ endpoint: fc.constantFrom(...endpoints), param, query, body, bearer });
}
type Sample = { endpoint: Endpoint; param: string; query: string; body: { type: string; data: string }; bearer?: string };

async function send(api: APIRequestContext, s: Sample, extra: Record<string, string> = {}): Promise<APIResponse> {
  const url = s.endpoint.path(s.param) + (s.query ? `?${s.query}` : "");
  const headers: Record<string, string> = { ...extra };
  if (s.bearer) headers.Authorization = `Bearer ${s.bearer}`;
  if (s.endpoint.body && s.body.type) headers["Content-Type"] = s.body.type;
  return api.fetch(url, { method: s.endpoint.method, headers, data: s.endpoint.body ? s.body.data : undefined, maxRedirects: 0 });
}

async function expectWellFormed(res: APIResponse, s: Sample) {
  const what = `${s.endpoint.method} ${res.url()} ${s.body.type} ${JSON.stringify(s.body.data).slice(0, 200)}`;
  expect(res.status(), what).toBeLessThan(500);
  if (res.status() < 400) return;
  expect(res.headers()["content-type"] ?? "", what).toContain("application/json");
  const parsed = (await res.json()) as unknown;
  expect(parsed, what).toMatchObject({ error: expect.any(String), code: expect.stringMatching(/^[A-Z_]+$/) });
}

/**
 * Everything a request could have written for this worker's hotels (other workers write to their
 * own hotels meanwhile; the aggregated audit of refused tokens is left out on purpose).
 */
async function footprint(slugs: string[]) {
  return withSql(async (sql) => {
    const hotelIds = (await sql`select id from hotels where slug in ${sql(slugs)}`).map((r) => r.id as string);
    // Every table that carries hotel_id, whole rows hashed; the refused-token audit is aggregated on purpose.
    const tables = await sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'hotel_id' and table_name <> 'token_events' order by table_name`;
    const out: Record<string, unknown> = {};
    for (const { table_name: t } of tables) {
      // A valid link's use stamps last_used_at: only what a request could change about the links counts.
      const [r] =
        t === "guest_booking_tokens"
          ? await sql`select count(*)::int as n, md5(coalesce(string_agg(x.id::text || coalesce(x.revoked_at::text, ''), '' order by x.id), '')) as h from guest_booking_tokens x where x.hotel_id in ${sql(hotelIds)}`
          : await sql`select count(*)::int as n, md5(coalesce(string_agg(row_to_json(x)::text, '' order by row_to_json(x)::text), '')) as h from ${sql(t as string)} x where x.hotel_id in ${sql(hotelIds)}`;
      out[t as string] = r;
    }
    const [h] = await sql`select md5(string_agg(row_to_json(x)::text, '' order by x.id)) as h from hotels x where x.id in ${sql(hotelIds)}`;
    const [o] = await sql`select count(*)::int as n from outbox_events o where exists (select 1 from unnest(${sql.array(slugs)}::text[]) s where o.channels::text like '%' || s || '%')`;
    return { ...out, hotels: h?.h, outbox: o?.n };
  });
}

const params = (runs: number) => ({ numRuns: runs, seed: SEED, endOnFailure: false, interruptAfterTimeLimit: Math.max(100_000, RUNS * 1_800) });

test("public endpoints: never a 5xx, errors are {error, code} JSON, nothing written", async ({ playwright, baseURL, seed }) => {
  // A valid view-only link takes requests past the token check into scope and body handling.
  const statusLink = await issueLink(bookingOf(seed, "upcoming").booking.reference, { purpose: "STATUS" });
  const api = await playwright.request.newContext({ baseURL });
  const slugs = seed.hotels.map((h) => h.slug);
  const before = await footprint(slugs);
  await fc.assert(
    fc.asyncProperty(requestFor(PUBLIC, [seed.hotels[0]!.slug]), fc.boolean(), async (s, asGuest) => {
      // A forged X-Forwarded-For changes nothing: the server pins it to the socket address.
      const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
      const extra: Record<string, string> = { "X-Forwarded-For": address };
      if (asGuest) extra.Cookie = `guest_token=${statusLink.token}`;
      await expectWellFormed(await send(api, s, extra), s);
    }),
    params(Math.ceil(RUNS / 2)),
  );
  expect(await footprint(slugs)).toEqual(before);
  await api.dispose();
});

test("console endpoints, signed in as an admin: never a 5xx, errors are {error, code} JSON, nothing written", async ({ baseURL, seed }) => {
  const api = await signedInApi(baseURL!, staffOf(seed, "ADMIN"));
  const slugs = seed.hotels.map((h) => h.slug);
  const before = await footprint(slugs);
  await fc.assert(
    fc.asyncProperty(requestFor(CONSOLE), async (s) => {
      await expectWellFormed(await send(api, s, { Origin: baseURL!, "Sec-Fetch-Site": "same-origin" }), s);
    }),
    params(Math.ceil(RUNS / 2)),
  );
  expect(await footprint(slugs)).toEqual(before);
  await api.dispose();
});
