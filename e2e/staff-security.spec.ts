import { expectNoAxeViolations } from "./a11y";
import { request as pwRequest } from "@playwright/test";
import { SIGN_IN_LIMITS } from "@/lib/rate-limit/sign-in-limits";
import { bookingOf, expect, linkOf, staffOf, test } from "./fixtures";
import { authCsrf, randomLoopback, signInRaw } from "./raw-http";
import { signedInApi, signInUi } from "./staff-helpers";

// Issue 12: cross-site requests, sessions that outlive sign-out, the real client address for
// rate limits, lock-out of the rightful user, tenancy of staff accounts, odd callback URLs.

type StaffList = { staff: { id: string; email: string; role: string }[]; invitations: { id: string; email: string }[] };

test.describe("staff security", () => {
  test("a cross-site form post with the staff cookie is refused (403) and writes nothing", async ({ page, seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN");
    await signInUi(page, admin.email, admin.password);
    // The attacker's page is another origin of the same site (another port), so the browser
    // sends the SameSite=Lax staff cookie along with its form post.
    const port = Number(new URL(baseURL!).port);
    const evil = `http://localhost:${port + 1}`;
    const email = `csrf.${Date.now()}@example.com`;
    await page.route(`${evil}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="${baseURL}/api/console/staff">
          <input name="email" value="${email}"><input name="name" value="Mallory"><input name="role" value="ADMIN">
          <input name="password" value="attacker-password-1"></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const answer = page.waitForResponse(`${baseURL}/api/console/staff`);
    await page.goto(`${evil}/attack`);
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe("CROSS_SITE_REQUEST");

    const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    const list = (await (await api.get("/api/console/staff")).json()) as StaffList;
    expect([...list.staff, ...list.invitations].map((s) => s.email)).not.toContain(email);
    await api.dispose();
  });

  test("console mutations check Origin, Sec-Fetch-Site and the body type; same-origin JSON still works", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const { booking } = bookingOf(seed, "in_house");
    const link = linkOf(seed, booking.reference);
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    const links = (await (await api.get(`/api/console/bookings/${booking.reference}/links`)).json()) as { links: { id: string; status?: string }[] };
    const linkId = links.links[0]!.id;
    const other = new URL(baseURL!);
    other.port = String(Number(other.port) + 1);

    const attempts: { path: string; headers: Record<string, string>; data?: unknown; form?: Record<string, string>; status: number }[] = [
      { path: `/api/console/links/${linkId}/revoke`, headers: { origin: other.origin, "sec-fetch-site": "same-site" }, data: { reason: "csrf" }, status: 403 },
      { path: `/api/console/bookings/${booking.reference}/links/revoke-all`, headers: { origin: "https://evil.example" }, data: { reason: "csrf" }, status: 403 },
      { path: `/api/console/bookings/${booking.reference}/links/revoke-all`, headers: { "sec-fetch-site": "cross-site" }, data: { reason: "csrf" }, status: 403 },
      { path: `/api/console/bookings/${booking.reference}/links/revoke-all`, headers: { origin: "null" }, data: { reason: "csrf" }, status: 403 },
      // No Origin at all (an old browser) but a form body: a cross-site form could send that.
      { path: `/api/console/bookings/${booking.reference}/links/revoke-all`, headers: {}, form: { reason: "csrf" }, status: 415 },
      { path: `/api/console/bookings/${booking.reference}/links/email`, headers: { origin: other.origin }, data: { purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, idempotencyKey: crypto.randomUUID(), to: "outside@evil.example" }, status: 403 },
    ];
    for (const a of attempts) {
      const res = await api.post(a.path, { headers: a.headers, ...(a.form ? { form: a.form } : { data: a.data }) });
      expect(res.status(), `${a.path} ${JSON.stringify(a.headers)}`).toBe(a.status);
    }
    // Nothing was revoked: the guest's link still opens the booking.
    const guest = await pwRequest.newContext({ baseURL });
    expect((await guest.get(`/api/public/hotel/${booking.hotel_slug}/booking/`, { headers: { authorization: `Bearer ${link.token}` } })).status()).toBe(200);
    await guest.dispose();

    // The console itself (same origin, JSON) goes through.
    const ok = await api.post("/api/console/current-hotel", { headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" }, data: { hotelSlug: booking.hotel_slug } });
    expect(ok.status()).toBe(200);
    await api.dispose();
  });

  test("signing out ends the session: the old cookie is refused", async ({ page, seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK", 1);
    await signInUi(page, desk.email, desk.password);
    const oldCookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    const replay = await pwRequest.newContext({ baseURL, storageState: { cookies: oldCookies, origins: [] } });
    expect((await replay.get("/api/console/bookings")).status()).toBe(401);
    expect(((await (await replay.get("/api/auth/session")).json()) as { user?: unknown } | null)?.user).toBeUndefined();
    await replay.dispose();
    // Signing in again works.
    const again = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    expect((await again.get("/api/console/bookings")).status()).toBe(200);
    await again.dispose();
  });

  test("a role change or removal from a hotel ends that person's sessions", async ({ seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN");
    const kitchen = staffOf(seed, "KITCHEN");
    const adminApi = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    const kitchenApi = await signedInApi(baseURL!, { email: kitchen.email, password: kitchen.password });
    expect((await kitchenApi.post("/api/console/current-hotel", { data: { hotelSlug: kitchen.hotel_slug } })).status()).toBe(200);
    const list = (await (await adminApi.get("/api/console/staff")).json()) as StaffList;
    const kitchenId = list.staff.find((s) => s.email === kitchen.email)!.id;

    expect((await adminApi.patch(`/api/console/staff/${kitchenId}`, { data: { role: "FRONT_DESK" } })).status()).toBe(200);
    expect((await kitchenApi.post("/api/console/current-hotel", { data: { hotelSlug: kitchen.hotel_slug } })).status()).toBe(401);
    await kitchenApi.dispose();
    // Back to KITCHEN for the other tests of this worker.
    expect((await adminApi.patch(`/api/console/staff/${kitchenId}`, { data: { role: "KITCHEN" } })).status()).toBe(200);
    await adminApi.dispose();
  });

  test("a client-sent X-Forwarded-For does not escape the account+address limit (TRUST_PROXY unset)", async ({ seed, baseURL }) => {
    const from = randomLoopback();
    const csrf = await authCsrf(baseURL!, from);
    const desk = staffOf(seed, "FRONT_DESK", 1);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) {
      const outcome = await signInRaw(baseURL!, { from, csrf, email: desk.email, password: `wrong-${i}`, headers: { "x-forwarded-for": `10.9.${i}.1`, "x-real-ip": `10.8.${i}.1` } });
      expect(outcome).toBe("invalid");
    }
    // A new forged address, the right password: still this socket address's pair, still refused.
    expect(await signInRaw(baseURL!, { from, csrf, email: desk.email, password: desk.password, headers: { "x-forwarded-for": "203.0.113.77" } })).toBe("rate-limited");
    // Another address is not affected.
    expect(await signInRaw(baseURL!, { from: randomLoopback(), email: desk.email, password: desk.password })).toBe("signed-in");
  });

  test("a shared address past its daily failures still lets the rightful desk user in; the account+address limit still holds; another address is unaffected", async ({ seed, baseURL }) => {
    // More than a hundred real password comparisons (production bcrypt cost) on shared cores.
    test.setTimeout(240_000);
    // The hotel's one public address (office and guest Wi-Fi) and a second one; not 127.0.0.1,
    // which every other spec of the run signs in from.
    const shared = randomLoopback();
    let other = randomLoopback();
    while (other === shared) other = randomLoopback();
    const desk = staffOf(seed, "FRONT_DESK", 0);
    const victim = staffOf(seed, "FRONT_DESK", 1);
    const csrf = await authCsrf(baseURL!, shared);

    // Someone on the guest Wi-Fi: the pair limit on one real account, then unknown accounts until
    // the address's whole daily budget of failures is spent, and past it.
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) expect(await signInRaw(baseURL!, { from: shared, csrf, email: victim.email, password: `guess-${i}` })).toBe("invalid");
    const sprayed = SIGN_IN_LIMITS.ip.dailyFailures - SIGN_IN_LIMITS.pair.points + 3;
    for (let i = 0; i < sprayed; i += 4) {
      const batch = Array.from({ length: Math.min(4, sprayed - i) }, (_, j) => signInRaw(baseURL!, { from: shared, csrf, email: `spray${i + j}@example.com`, password: "guess" }));
      expect(await Promise.all(batch)).toEqual(batch.map(() => "invalid"));
    }

    // The desk user from that same address signs in with the right password...
    expect(await signInRaw(baseURL!, { from: shared, email: desk.email, password: desk.password })).toBe("signed-in");
    // ...the attacked account is refused from there even with its right password...
    expect(await signInRaw(baseURL!, { from: shared, csrf, email: victim.email, password: victim.password })).toBe("rate-limited");
    // ...and from a second address both sign in.
    expect(await signInRaw(baseURL!, { from: other, email: victim.email, password: victim.password })).toBe("signed-in");
    expect(await signInRaw(baseURL!, { from: other, email: desk.email, password: desk.password })).toBe("signed-in");
  });

  test("an attacker's wrong passwords from elsewhere do not lock the rightful admin out", async ({ seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN"); // the hotel's only admin
    const attacker = randomLoopback();
    const outcomes = [];
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points + 2; i++) outcomes.push(await signInRaw(baseURL!, { from: attacker, email: admin.email, password: `guess-${i}` }));
    expect(outcomes.slice(0, SIGN_IN_LIMITS.pair.points).every((o) => o === "invalid")).toBe(true);
    expect(outcomes.slice(SIGN_IN_LIMITS.pair.points).every((o) => o === "rate-limited")).toBe(true);
    // Even the right password is refused from the attacker's address...
    expect(await signInRaw(baseURL!, { from: attacker, email: admin.email, password: admin.password })).toBe("rate-limited");
    // ...while the admin, from their own address, signs in.
    expect(await signInRaw(baseURL!, { from: randomLoopback(), email: admin.email, password: admin.password })).toBe("signed-in");
    const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    expect((await api.get("/api/console/staff")).status()).toBe(200);
    await api.dispose();
  });

  test("30 parallel wrong passwords: at most the limit are compared, the rest refused before", async ({ seed, baseURL }) => {
    const kitchen = staffOf(seed, "KITCHEN", 0);
    const from = randomLoopback();
    const csrf = await authCsrf(baseURL!, from);
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => signInRaw(baseURL!, { from, csrf, email: kitchen.email, password: `parallel-${i}` })));
    // "invalid" means the password was compared and found wrong; "rate-limited" means it never was.
    const compared = outcomes.filter((o) => o === "invalid").length;
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThanOrEqual(SIGN_IN_LIMITS.pair.points);
    expect(outcomes.filter((o) => o === "rate-limited")).toHaveLength(30 - compared);
    expect(outcomes).not.toContain("signed-in");
  });

  test("adding an email with an account elsewhere answers like a new email and changes nothing until its owner accepts", async ({ seed, baseURL }) => {
    const adminA = staffOf(seed, "ADMIN", 0);
    const deskB = staffOf(seed, "FRONT_DESK", 1);
    const api = await signedInApi(baseURL!, { email: adminA.email, password: adminA.password });
    const fresh = `fresh.${Date.now()}@example.com`;
    const add = (email: string) => api.post("/api/console/staff", { data: { email, name: "Some One", role: "ADMIN", password: "chosen-by-admin-A" } });
    const [a, b] = [await add(fresh), await add(deskB.email)];
    expect(b.status()).toBe(a.status());
    const norm = async (r: typeof a, email: string) => JSON.stringify(await r.json()).replace(email, "<email>");
    expect(await norm(b, deskB.email)).toBe(await norm(a, fresh));
    expect(a.status()).toBe(202);

    // B's account is untouched: its own password works, the admin's does not, hotel A stays closed.
    expect(await signInRaw(baseURL!, { from: randomLoopback(), email: deskB.email, password: "chosen-by-admin-A" })).toBe("invalid");
    const deskBApi = await signedInApi(baseURL!, { email: deskB.email, password: deskB.password });
    expect((await deskBApi.post("/api/console/current-hotel", { data: { hotelSlug: adminA.hotel_slug } })).status()).toBe(404);
    const list = (await (await api.get("/api/console/staff")).json()) as StaffList;
    expect(list.staff.map((s) => s.email)).not.toContain(deskB.email);
    expect(list.invitations.map((s) => s.email).sort()).toEqual(expect.arrayContaining([fresh, deskB.email]));

    // Adding the same person twice at once is not a 500.
    const twice = `twice.${Date.now()}@example.com`;
    const both = await Promise.all([add(twice), add(twice)]);
    expect(both.map((r) => r.status())).toEqual([202, 202]);

    // The owner accepts after signing in: now they work for hotel A too, with the offered role.
    const mine = (await (await deskBApi.get("/api/console/invitations")).json()) as { invitations: { id: string; hotelName: string; role: string }[] };
    expect(mine.invitations).toEqual([expect.objectContaining({ hotelName: seed.hotels[0]!.name, role: "ADMIN" })]);
    // Nobody else can answer it.
    expect((await api.post(`/api/console/invitations/${mine.invitations[0]!.id}/accept`)).status()).toBe(404);
    expect((await deskBApi.post(`/api/console/invitations/${mine.invitations[0]!.id}/accept`)).status()).toBe(200);
    const switched = await deskBApi.post("/api/console/current-hotel", { data: { hotelSlug: adminA.hotel_slug } });
    expect(switched.status()).toBe(200);
    expect(((await switched.json()) as { role: string }).role).toBe("ADMIN");
    // Hotel A lets them go again (and that ends their sessions); they still work for B.
    const members = (await (await api.get("/api/console/staff")).json()) as StaffList;
    expect((await api.delete(`/api/console/staff/${members.staff.find((m) => m.email === deskB.email)!.id}`)).status()).toBe(200);
    expect((await deskBApi.get("/api/console/bookings")).status()).toBe(401);
    await api.dispose();
    await deskBApi.dispose();
  });

  test("a new account signs in to its invitation and joins the hotel by accepting it", async ({ page, seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN");
    const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    const email = `joiner.${Date.now()}@example.com`;
    expect((await api.post("/api/console/staff", { data: { email, name: "Jo Iner", role: "KITCHEN", password: "first-password-42" } })).status()).toBe(202);
    await api.dispose();

    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("first-password-42");
    await page.getByRole("button", { name: "Sign in" }).click();
    // No hotel yet: the console sends them to their invitations.
    await expect(page).toHaveURL(/\/invitations$/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Accept the invitation of ${seed.hotels[0]!.name}` }).click();
    // A kitchen colleague: the console's home sends them on to the kitchen screen.
    await expect(page).toHaveURL(/\/kitchen$/);
    await expect(page.getByRole("heading", { name: "Kitchen" })).toBeVisible();
  });

  test("odd callbackUrl values get no 500 and do not sign a valid session out", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const anon = await pwRequest.newContext({ baseURL });
    for (const path of ["/api/auth/signin?callbackUrl=http://%5B", "/api/auth/signin?callbackUrl=%E0%A4%A", "/api/auth/csrf?callbackUrl=javascript:alert(1)", "/api/auth/session?callbackUrl=//evil.example", "/api/auth/error?error=Configuration"]) {
      const res = await anon.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeLessThan(500);
    }
    const err = await anon.get("/api/auth/error?error=Configuration", { maxRedirects: 0 });
    expect(err.headers()["location"]).toMatch(/\/login\?error=Configuration$/);
    await anon.dispose();

    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    const { cookies } = await api.storageState();
    const host = new URL(baseURL!).hostname;
    for (const bad of ["http%3A%2F%2F%5B", "%ZZ", "javascript%3Aalert(1)"]) {
      const ctx = await pwRequest.newContext({ baseURL, storageState: { cookies: [...cookies, { name: "authjs.callback-url", value: bad, domain: host, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] } });
      const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { id?: string } } | null;
      expect(session?.user?.id, bad).toBeTruthy();
      expect((await ctx.get("/api/console/bookings")).status(), bad).toBe(200);
      await ctx.dispose();
    }
    await api.dispose();
  });
});
