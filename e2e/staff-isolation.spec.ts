import type { APIRequestContext } from "@playwright/test";
import { bookingOf, expect, staffOf, test } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Role × hotel matrix over real HTTP for every console route handler and page. Callers: nobody,
// ADMIN / FRONT_DESK / KITCHEN / HOUSEKEEPING of hotel A, FRONT_DESK of hotel B. Objects belong to hotel A.
// "ok" means the request got past the gate (2xx, or a domain answer such as 400/409); refusals
// must be exactly 401 (no session), 403 (role) or 404 (another hotel's object).

type Caller = "anon" | "adminA" | "deskA" | "kitchenA" | "housekeepingA" | "deskB";
type Expect = "ok" | 401 | 403 | 404;
type Route = { name: string; method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string | (() => Promise<string>); body?: unknown | (() => unknown); expect: Record<Exclude<Caller, "anon">, Expect> };

const desk = { adminA: "ok", deskA: "ok", kitchenA: 403, housekeepingA: 403, deskB: 404 } as const;
const deskList = { adminA: "ok", deskA: "ok", kitchenA: 403, housekeepingA: 403, deskB: "ok" } as const; // B sees its own list
const admin = { adminA: "ok", deskA: 403, kitchenA: 403, housekeepingA: 403, deskB: 403 } as const;
// Service requests: the desk and admins all of them, housekeeping its departments, the kitchen none.
const requestWork = { adminA: "ok", deskA: "ok", kitchenA: 403, housekeepingA: "ok", deskB: 404 } as const;
const requestList = { ...requestWork, deskB: "ok" } as const;
const guideRead = { adminA: "ok", deskA: "ok", kitchenA: 403, housekeepingA: 403, deskB: "ok" } as const;
const linkBody = () => ({ purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, idempotencyKey: crypto.randomUUID() });

test.describe("console isolation matrix", () => {
  test("every console route answers each role and hotel as it must", async ({ seed, baseURL }) => {
    const url = baseURL!;
    const { booking: upcoming } = bookingOf(seed, "upcoming");
    const { booking: inHouse } = bookingOf(seed, "in_house");
    const { booking: bBooking } = bookingOf(seed, "in_house", 1);
    const { booking: cancelled } = bookingOf(seed, "cancelled");
    const creds = (role: "ADMIN" | "FRONT_DESK" | "KITCHEN" | "HOUSEKEEPING", h = 0) => {
      const s = staffOf(seed, role, h);
      return { email: s.email, password: s.password };
    };
    const callers: Record<Caller, APIRequestContext> = {
      anon: await signedInApi(url),
      adminA: await signedInApi(url, creds("ADMIN")),
      deskA: await signedInApi(url, creds("FRONT_DESK")),
      kitchenA: await signedInApi(url, creds("KITCHEN")),
      housekeepingA: await signedInApi(url, creds("HOUSEKEEPING")),
      deskB: await signedInApi(url, creds("FRONT_DESK", 1)),
    };

    // Objects of hotel A to aim at: links (a fresh one per request where the request uses it up), a room, a staff member.
    const freshLink = async () => {
      const res = await callers.adminA.post(`/api/console/bookings/${inHouse.reference}/links`, {
        data: { purpose: "STATUS", canChat: false, canOrderServices: false, idempotencyKey: crypto.randomUUID() },
      });
      expect(res.status()).toBe(201);
      return ((await res.json()) as { link: { id: string } }).link.id;
    };
    const linkId = await freshLink();
    const detailA = (await (await callers.adminA.get(`/api/console/bookings/${upcoming.reference}`)).json()) as { rooms: { id: string; occupiedBy: string | null }[] };
    const roomId = detailA.rooms.find((r) => !r.occupiedBy)!.id;
    const staffList = (await (await callers.adminA.get("/api/console/staff")).json()) as { staff: { id: string; role: string }[] };
    const kitchenId = staffList.staff.find((s) => s.role === "KITCHEN")!.id;
    // A guest's towel request (housekeeping's department) and a request type of hotel A.
    const guestToken = seed.links.find((l) => l.booking === inHouse.reference && l.purpose === "FULL_ACCESS")!.token;
    const guestAuth = { Authorization: `Bearer ${guestToken}` };
    const types = (await (await callers.anon.get(`/api/public/hotel/${inHouse.hotel_slug}/requests/types/`, { headers: guestAuth })).json()) as { types: { id: string; kind: string }[] };
    const amenities = types.types.find((t) => t.kind === "AMENITIES")!;
    const asked = await callers.anon.post(`/api/public/hotel/${inHouse.hotel_slug}/requests/`, { headers: guestAuth, data: { type_id: amenities.id, items: [{ key: "bath_towels", quantity: 1 }] } });
    expect(asked.status()).toBe(201);
    const requestId = ((await asked.json()) as { request: { id: string } }).request.id;

    const routes: Route[] = [
      { name: "search", method: "GET", path: `/api/console/bookings?q=${encodeURIComponent(upcoming.guest_name)}`, expect: deskList },
      // Invalid body: an allowed caller gets 400 (past the gate) and nothing is created.
      { name: "create", method: "POST", path: "/api/console/bookings", body: { guestName: "" }, expect: deskList },
      { name: "detail", method: "GET", path: `/api/console/bookings/${upcoming.reference}`, expect: desk },
      // Valid bodies: hotel B must get 404, hotel A a domain refusal (no side effect) or success.
      { name: "check-in (arrival is later)", method: "POST", path: `/api/console/bookings/${upcoming.reference}/check-in`, body: { roomId }, expect: desk },
      { name: "check-out (not in house)", method: "POST", path: `/api/console/bookings/${upcoming.reference}/check-out`, expect: desk },
      { name: "cancel (in house)", method: "POST", path: `/api/console/bookings/${inHouse.reference}/cancel`, body: { reason: "matrix" }, expect: desk },
      { name: "links list", method: "GET", path: `/api/console/bookings/${inHouse.reference}/links`, expect: desk },
      { name: "issue link (cancelled booking)", method: "POST", path: `/api/console/bookings/${cancelled.reference}/links`, body: linkBody(), expect: desk },
      { name: "email link (cancelled booking)", method: "POST", path: `/api/console/bookings/${cancelled.reference}/links/email`, body: { ...linkBody(), to: "guest@example.com" }, expect: desk },
      { name: "revoke all (cancelled booking)", method: "POST", path: `/api/console/bookings/${cancelled.reference}/links/revoke-all`, body: { reason: "matrix" }, expect: desk },
      { name: "revoke link", method: "POST", path: async () => `/api/console/links/${await freshLink()}/revoke`, body: { reason: "matrix" }, expect: desk },
      { name: "replace link", method: "POST", path: async () => `/api/console/links/${await freshLink()}/replace`, body: () => ({ idempotencyKey: crypto.randomUUID() }), expect: desk },
      { name: "outbox", method: "GET", path: "/api/console/outbox", expect: deskList },
      { name: "hotel settings read", method: "GET", path: "/api/console/hotel", expect: admin },
      { name: "hotel settings write (invalid)", method: "PUT", path: "/api/console/hotel", body: { timezone: "Mars/Olympus" }, expect: admin },
      { name: "staff list", method: "GET", path: "/api/console/staff", expect: admin },
      { name: "requests", method: "GET", path: "/api/console/requests?status=open", expect: requestList },
      { name: "request", method: "GET", path: `/api/console/requests/${requestId}`, expect: requestWork },
      // A stale from_status: allowed callers get 409 STATUS_CHANGED and the request stays NEW; hotel B 404.
      { name: "request status (stale)", method: "POST", path: `/api/console/requests/${requestId}/status`, body: { status: "ACKNOWLEDGED", from_status: "IN_PROGRESS" }, expect: requestWork },
      { name: "request types", method: "GET", path: "/api/console/request-types", expect: admin },
      { name: "request type add (invalid)", method: "POST", path: "/api/console/request-types", body: { kind: "NOPE" }, expect: admin },
      { name: "request type edit (invalid)", method: "PATCH", path: `/api/console/request-types/${amenities.id}`, body: { targetMinutes: -5 }, expect: admin },
      { name: "guide read", method: "GET", path: "/api/console/hotel/guide", expect: guideRead },
      { name: "reports", method: "GET", path: "/api/console/reports?range=today", expect: admin },
      { name: "guide write (invalid)", method: "PUT", path: "/api/console/hotel/guide", body: { wifi: 42 }, expect: admin },
      { name: "staff add (invalid)", method: "POST", path: "/api/console/staff", body: { email: "nope" }, expect: admin },
      { name: "staff role (invalid)", method: "PATCH", path: `/api/console/staff/${kitchenId}`, body: { role: "OWNER" }, expect: { ...admin, deskB: 403 } },
      { name: "withdraw invitation (invalid id)", method: "DELETE", path: "/api/console/staff/invitations/not-a-uuid", expect: admin },
      // Answering invitations needs only a session (a new account works for no hotel yet).
      { name: "accept invitation (invalid id)", method: "POST", path: "/api/console/invitations/not-a-uuid/accept", expect: { adminA: "ok", deskA: "ok", kitchenA: "ok", housekeepingA: "ok", deskB: "ok" } },
      { name: "switch to a foreign hotel", method: "POST", path: "/api/console/current-hotel", body: { hotelSlug: seed.hotels[1]!.slug }, expect: { adminA: 404, deskA: 404, kitchenA: 404, housekeepingA: 404, deskB: "ok" } },
    ];

    const failures: string[] = [];
    for (const r of routes) {
      for (const [caller, ctx] of Object.entries(callers) as [Caller, APIRequestContext][]) {
        const want: Expect = caller === "anon" ? 401 : r.expect[caller];
        const path = typeof r.path === "string" ? r.path : await r.path();
        // A body made per call carries a fresh idempotency key (one key is one request).
        const res = await ctx.fetch(path, { method: r.method, data: typeof r.body === "function" ? r.body() : r.body });
        const status = res.status();
        const ok = want === "ok" ? status < 300 || status === 400 || status === 409 : status === want;
        const body = (await res.json().catch(() => ({}))) as { code?: string; bookings?: { reference: string }[] };
        if (!ok) failures.push(`${r.name} as ${caller}: got ${status} ${body.code ?? ""}, want ${want}`);
        if (status >= 400 && !body.code) failures.push(`${r.name} as ${caller}: error without code`);
        // Hotel B's search never lists hotel A's booking.
        if (r.name === "search" && caller === "deskB") expect(body.bookings ?? []).toEqual([]);
      }
    }
    expect(failures).toEqual([]);

    // Nothing B or the kitchen sent changed A's link, and no listing ever carries a secret or hash.
    const stillThere = (await (await callers.deskA.get(`/api/console/bookings/${inHouse.reference}/links`)).json()) as { links: { id: string; revokedAt: string | null }[] };
    expect(stillThere.links.find((l) => l.id === linkId)?.revokedAt).toBeNull();
    expect(JSON.stringify(stillThere)).not.toMatch(/token_?hash|[0-9a-f]{64}/i);
    // The stale moves changed nothing: the towel request is still NEW.
    const open = (await (await callers.deskA.get("/api/console/requests?status=open")).json()) as { requests: { id: string; status: string }[] };
    expect(open.requests.find((r) => r.id === requestId)?.status).toBe("NEW");
    // B's own booking is visible to B and not found for A.
    expect((await callers.deskB.get(`/api/console/bookings/${bBooking.reference}`)).status()).toBe(200);
    expect((await callers.deskA.get(`/api/console/bookings/${bBooking.reference}`)).status()).toBe(404);

    for (const c of Object.values(callers)) await c.dispose();
  });

  test("console pages show nothing of another hotel or beyond the role", async ({ seed, baseURL }) => {
    const url = baseURL!;
    const { booking } = bookingOf(seed, "in_house");
    const kitchen = await signedInApi(url, { email: staffOf(seed, "KITCHEN").email, password: staffOf(seed, "KITCHEN").password });
    const deskB = await signedInApi(url, { email: staffOf(seed, "FRONT_DESK", 1).email, password: staffOf(seed, "FRONT_DESK", 1).password });
    const deskA = await signedInApi(url, { email: staffOf(seed, "FRONT_DESK").email, password: staffOf(seed, "FRONT_DESK").password });
    const housekeeping = await signedInApi(url, { email: staffOf(seed, "HOUSEKEEPING").email, password: staffOf(seed, "HOUSEKEEPING").password });
    const anon = await signedInApi(url);

    const detail = `/console/bookings/${booking.reference}`;
    const pages = ["/console", "/console/bookings", detail, "/console/bookings/new", "/console/outbox", "/console/settings", "/console/staff"];
    for (const p of pages) {
      const r = await anon.get(p, { maxRedirects: 0 });
      expect(r.status(), `anon ${p}`).toBe(307);
      expect(r.headers()["location"]).toContain("/login");
    }
    const aPage = await (await deskA.get(detail)).text();
    expect(aPage).toContain(booking.guest_name);
    expect(aPage).toContain("Guest links");

    for (const p of pages) {
      const kitchenHtml = await (await kitchen.get(p)).text();
      expect(kitchenHtml, `kitchen ${p}`).not.toContain(booking.guest_name);
      expect(kitchenHtml).not.toContain("@example.com");
      const bHtml = await (await deskB.get(p)).text();
      expect(bHtml, `desk B ${p}`).not.toContain(booking.guest_name);
    }
    const kitchenList = await kitchen.get("/console/bookings");
    expect(kitchenList.status()).toBe(403);
    expect(await kitchenList.text()).toContain("No access");
    const deskSettings = await deskA.get("/console/settings");
    expect(deskSettings.status()).toBe(403);
    expect(await deskSettings.text()).toContain("No access");
    const otherHotel = await deskB.get(detail);
    expect(otherHotel.status()).toBe(404);
    expect(await otherHotel.text()).toContain("Not found");
    expect((await kitchen.get(detail)).status()).toBe(403);
    expect((await deskA.get("/console/bookings/BK-0000-NOPE")).status()).toBe(404);

    // Housekeeping works its request queue and nothing else: every other console page is "No access",
    // the console's home sends it to its queue; the kitchen has no queue of requests.
    for (const p of [...pages.filter((x) => x !== "/console"), "/console/orders", "/console/breakfast", "/console/menus", "/console/chat", "/console/deliveries", "/kitchen"]) {
      const r = await housekeeping.get(p);
      expect(r.status(), `housekeeping ${p}`).toBe(403);
      const html = await r.text();
      expect(html, `housekeeping ${p}`).toContain("No access");
      expect(html, `housekeeping ${p}`).not.toContain("@example.com");
    }
    const home = await housekeeping.get("/console");
    expect(home.status()).toBe(200);
    expect(home.url()).toMatch(/\/console\/requests$/);
    expect((await kitchen.get("/console/requests")).status()).toBe(403);
    for (const c of [kitchen, deskB, deskA, housekeeping, anon]) await c.dispose();
  });
});
