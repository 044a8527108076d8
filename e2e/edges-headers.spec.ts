import { bookingOf, expect, linkOf, test } from "./fixtures";

// Issue 12, point 13: a CSP (nonce-based scripts, frame-ancestors 'none'), Permissions-Policy,
// nosniff and frame options on every response, magic-link redirects and errors included.

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).toContain("object-src 'none'");
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${what}: frame options`).toBe("DENY");
}

test("every kind of response carries the security headers", async ({ request, seed }) => {
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const token = linkOf(seed, booking.reference).token;
  const paths = [
    "/",
    "/login",
    "/link-problem",
    "/no-such-page",
    `/g/${token}`,
    `/g/${"A".repeat(43)}`,
    `/hotel/${hotel.slug}/guest?token=${token}`,
    `/hotel/${hotel.slug}/guest?token=nope`,
    `/api/public/hotel/${hotel.slug}/booking/`,
    "/stay",
    "/console",
    "/api/console/bookings",
  ];
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(res.headers(), `${path} (${res.status()})`);
  }
  // The magic-link redirects keep their own no-referrer policy.
  const link = await request.get(`/g/${token}`, { maxRedirects: 0 });
  expect(link.headers()["referrer-policy"]).toBe("no-referrer");
  // Build assets bypass the proxy and still get fixed headers.
  const html = await (await request.get("/login")).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const res = await request.get(asset!);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("scripts run only with the per-request nonce; pusher-js may reach the realtime server", async ({ request, page, seed }) => {
  const a = await request.get("/login");
  const b = await request.get("/login");
  const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1];
  const nonceA = nonceOf(a.headers()["content-security-policy"] ?? "");
  expect(nonceA).toBeTruthy();
  expect(nonceOf(b.headers()["content-security-policy"] ?? "")).not.toBe(nonceA);
  const csp = a.headers()["content-security-policy"]!;
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(csp).toMatch(/connect-src 'self' wss?:\/\/localhost:\d+/);
  // Every inline script Next rendered carries the nonce.
  const html = await a.text();
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s[1]).toContain(`nonce="${nonceA}"`);

  // In a real browser the portal hydrates and goes live under this policy, with no violation.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const { booking } = bookingOf(seed, "in_house");
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is not correct.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("Chromium accepts the Permissions-Policy as sent: no feature it does not know", async ({ page, request }) => {
  const complaints: string[] = [];
  page.on("console", (m) => {
    if (/Permissions-Policy|Origin trial controlled feature/i.test(m.text())) complaints.push(m.text());
  });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: /sign in/i })).toBeVisible();
  expect(complaints).toEqual([]);
  // The same policy on pages and on build assets.
  const pagePolicy = (await request.get("/login")).headers()["permissions-policy"];
  const html = await (await request.get("/login")).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)![0];
  expect((await request.get(asset)).headers()["permissions-policy"]).toBe(pagePolicy);
});
