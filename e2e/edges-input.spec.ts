import fs from "node:fs";
import path from "node:path";
import { signedInApi } from "./staff-helpers";
import { bookingFootprint } from "./db";
import { bookingOf, expect, linkOf, staffOf, test } from "./fixtures";

// Odd input at the edges (issue 12, points 7, 9 and 11): always a JSON 4xx, never a 5xx, nothing written.

const errorShape = { error: expect.any(String), code: expect.any(String) };

test("JSON nested 7,000 deep is refused before anything recurses into it, with or without a token", async ({ request, seed }) => {
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const deep = `{"adults":${"[".repeat(7000)}${"]".repeat(7000)}}`;
  const before = await bookingFootprint(booking.reference);
  const anonymous = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { data: deep, headers: { "Content-Type": "application/json" } });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "Guest token required", code: "TOKEN_REQUIRED" });
  const token = linkOf(seed, booking.reference).token;
  const guest = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, {
    data: deep,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
  });
  expect(guest.status()).toBe(400);
  expect(await guest.json()).toMatchObject({ code: "VALIDATION_ERROR" });
  expect(await bookingFootprint(booking.reference)).toEqual(before);
});

test("NUL and other control characters in the query string or path get a 400, not a database error", async ({ request, seed, baseURL }) => {
  const desk = staffOf(seed, "FRONT_DESK");
  const api = await signedInApi(baseURL!, desk);
  // A marker to look for in the server log: the old page error logged the query's SQL parameters.
  const marker = `nulmarker${Date.now().toString(36)}`;
  for (const url of [`/console/bookings?q=%00${marker}`, `/api/console/bookings?q=%00${marker}`, "/api/console/bookings?q=a%01b", "/console/bookings/BK%00", "/login?next=%00"]) {
    const res = await api.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    expect(await res.json(), url).toEqual(errorShape);
  }
  const log = path.resolve(".data", `e2e-${process.env.E2E_PORT ?? 3100}`, "app.log");
  expect(fs.readFileSync(log, "utf8")).not.toContain(marker);
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const res = await request.get(`/api/public/hotel/${hotel.slug}/booking/?x=%00`, { headers: { Authorization: `Bearer ${linkOf(seed, booking.reference).token}` } });
  expect(res.status()).toBe(400);
  expect(await res.json()).toEqual(errorShape);
  await api.dispose();
});

test("a route answers a method it does not serve with a JSON 405 naming the ones it does", async ({ request, seed }) => {
  const { hotel } = bookingOf(seed, "upcoming");
  const cases: [string, string, string][] = [
    ["GET", "/api/public/pusher/auth/", "POST"],
    ["GET", "/api/notifications/pusher/auth/", "POST"],
    ["DELETE", `/api/public/hotel/${hotel.slug}/precheckin/`, "POST"],
    ["PUT", `/api/public/hotel/${hotel.slug}/room-services/menu/`, "GET"],
    ["GET", "/stay/switch/confirm", "POST"],
  ];
  for (const [method, path, allow] of cases) {
    // A credential-shaped header gets past the proxy's early check to the route itself.
    const res = await request.fetch(path, { method, maxRedirects: 0, headers: { Authorization: "Bearer not-checked-before-the-method" } });
    expect(res.status(), `${method} ${path}`).toBe(405);
    expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
    expect(await res.json(), `${method} ${path}`).toEqual({ error: "Method not allowed", code: "METHOD_NOT_ALLOWED" });
  }
});

test("TRACE and other methods we do not serve get a JSON 405", async ({ request, seed }) => {
  const { hotel } = bookingOf(seed, "upcoming");
  for (const path of ["/", "/login", `/api/public/hotel/${hotel.slug}/booking/`, "/api/console/bookings"]) {
    const res = await request.fetch(path, { method: "TRACE" });
    expect(res.status(), path).toBe(405);
    expect(await res.json(), path).toEqual({ error: "Method not allowed", code: "METHOD_NOT_ALLOWED" });
  }
  const propfind = await request.fetch(`/api/public/hotel/${hotel.slug}/booking/`, { method: "PROPFIND" });
  expect(propfind.status()).toBe(405);
});

test("server-action POSTs to /login: cross-site → 403, malformed → 400, 2 MB → 413, odd arguments → no 5xx", async ({ request, baseURL }) => {
  const html = await (await request.get("/login")).text();
  const id = html.match(/&quot;id&quot;:&quot;([0-9a-f]+)&quot;/)?.[1];
  expect(id, "the login form's action id").toBeTruthy();
  const action = (headers: Record<string, string>, data: string | Buffer) =>
    request.post("/login", { headers: { "Next-Action": id!, "Content-Type": "text/plain;charset=UTF-8", ...headers }, data, maxRedirects: 0 });

  const cross = await action({ Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }, '["$K1",{}]');
  expect(cross.status()).toBe(403);
  expect(await cross.json()).toEqual(errorShape);
  const noOrigin = await action({}, '["$K1",{}]');
  expect(noOrigin.status()).toBe(403);

  const same = { Origin: baseURL!, "Sec-Fetch-Site": "same-origin" };
  const garbage = await action(same, "garbage{");
  expect(garbage.status()).toBe(400);
  expect(await garbage.json()).toEqual(errorShape);
  const badMultipart = await request.post("/login", { headers: { ...same, "Next-Action": id!, "Content-Type": "multipart/form-data; boundary=xx" }, data: "nope", maxRedirects: 0 });
  expect(badMultipart.status()).toBe(400);

  const huge = await action(same, Buffer.alloc(2 * 1024 * 1024, "a"));
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toEqual(errorShape);

  // Well-formed but not the form the action expects: the action refuses it itself.
  const odd = await action(same, '["$K1",{}]');
  expect(odd.status()).toBeLessThan(500);
});
