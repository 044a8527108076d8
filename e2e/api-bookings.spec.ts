import { randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, issueLink, linkOf, revokeLink, staffOf, test } from "./fixtures";
import { signedInApi } from "./staff-helpers";
import { execFileSync } from "node:child_process";
import path from "node:path";

// Console booking API answers over HTTP: idempotency, dates, counts; and the CLIs' audit trail.

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const booking = (over: Record<string, unknown> = {}) => ({ guestName: "Http Guest", adults: 2, children: 0, checkInDate: inDays(2), checkOutDate: inDays(4), ...over });

test.describe("console bookings API", () => {
  test("Idempotency-Key: a retry gets the first booking, parallel twins make one, another body is refused (422)", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    const key = randomUUID();
    const body = booking({ guestName: `Header Key ${key.slice(0, 8)}` });
    const first = await api.post("/api/console/bookings", { data: body, headers: { "Idempotency-Key": key } });
    expect(first.status()).toBe(201);
    const ref = (await first.json()).booking.reference as string;
    const retry = await api.post("/api/console/bookings", { data: body, headers: { "Idempotency-Key": key } });
    expect(retry.status()).toBe(200);
    expect(await retry.json()).toMatchObject({ booking: { reference: ref }, created: false });

    const reused = await api.post("/api/console/bookings", { data: { ...body, guestName: "Somebody Else" }, headers: { "Idempotency-Key": key } });
    expect(reused.status()).toBe(422);
    expect(await reused.json()).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });

    const twinKey = randomUUID();
    const twinBody = booking({ guestName: `Parallel ${twinKey.slice(0, 8)}` });
    const twins = await Promise.all(Array.from({ length: 5 }, () => api.post("/api/console/bookings", { data: twinBody, headers: { "Idempotency-Key": twinKey } })));
    expect(twins.map((r) => r.status()).sort()).toEqual([200, 200, 200, 200, 201]);
    const refs = new Set(await Promise.all(twins.map(async (r) => (await r.json()).booking.reference as string)));
    expect(refs.size).toBe(1);
    const found = (await (await api.get(`/api/console/bookings?q=${encodeURIComponent(twinBody.guestName)}`)).json()) as { bookings: unknown[] };
    expect(found.bookings).toHaveLength(1);
    await api.dispose();
  });

  test("references are numbered per hotel: one hotel's bookings never move another hotel's numbers", async ({ seed, baseURL }) => {
    const deskA = await signedInApi(baseURL!, staffOf(seed, "FRONT_DESK", 0));
    const deskB = await signedInApi(baseURL!, staffOf(seed, "FRONT_DESK", 1));
    const create = async (api: typeof deskA) => {
      const res = await api.post("/api/console/bookings", { data: booking({ idempotencyKey: randomUUID() }) });
      expect(res.status()).toBe(201);
      const ref = (await res.json()).booking.reference as string;
      const m = /^([A-Z0-9]{2,6})-(\d{4})-(\d{4})$/.exec(ref);
      expect(m, ref).not.toBeNull();
      return { prefix: m![1]!, n: Number(m![3]) };
    };
    const b1 = await create(deskB);
    const a1 = await create(deskA);
    for (let i = 0; i < 4; i++) await create(deskA);
    const a6 = await create(deskA);
    const b2 = await create(deskB);
    expect(a1.prefix).not.toBe(b1.prefix);
    expect(a6.n).toBe(a1.n + 5);
    // The old shared sequence made B skip every number A had used meanwhile.
    expect(b2).toEqual({ prefix: b1.prefix, n: b1.n + 1 });
    // Each hotel's demo bookings took its own first numbers: B's start at 0001 too.
    const bRefs = seed.bookings.filter((x) => x.hotel_slug === seed.hotels[1]!.slug).map((x) => x.reference);
    expect(bRefs[0]).toMatch(new RegExp(`^${b1.prefix}-\\d{4}-0001$`));
    await deskA.dispose();
    await deskB.dispose();
  });

  test("calendar-impossible dates in bodies and query strings are 400 VALIDATION_ERROR", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    for (const [field, value] of [["checkInDate", "2027-02-30"], ["checkOutDate", "2026-13-01"], ["checkInDate", "2027-00-10"]] as const) {
      const res = await api.post("/api/console/bookings", { data: booking({ [field]: value, idempotencyKey: randomUUID() }) });
      expect(res.status(), `${field}=${value}`).toBe(400);
      expect(await res.json(), `${field}=${value}`).toMatchObject({ code: "VALIDATION_ERROR", fields: { [field]: expect.any(Array) } });
    }
    for (const q of ["from=2027-02-30", "to=2026-13-01"]) {
      const res = await api.get(`/api/console/bookings?${q}`);
      expect(res.status(), q).toBe(400);
      expect((await res.json()).code, q).toBe("VALIDATION_ERROR");
    }
    expect((await api.get(`/api/console/bookings?from=2028-02-29`)).status()).toBe(200);
    await api.dispose();
  });

  test("head counts take a JSON integer or digits only", async ({ seed, baseURL, request }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    for (const adults of ["0x5", true, [2], "3.0", "1e1", 2.5]) {
      const res = await api.post("/api/console/bookings", { data: booking({ adults, idempotencyKey: randomUUID() }) });
      expect(res.status(), JSON.stringify(adults)).toBe(400);
      expect(await res.json(), JSON.stringify(adults)).toMatchObject({ code: "VALIDATION_ERROR", fields: { adults: expect.any(Array) } });
    }
    expect((await api.post("/api/console/bookings", { data: booking({ adults: "3", idempotencyKey: randomUUID() }) })).status()).toBe(201);
    await api.dispose();

    const { booking: arriving, hotel } = bookingOf(seed, "arriving");
    const token = linkOf(seed, arriving.reference).token;
    for (const guests of ["0x5", true, [2], "3.0"]) {
      const res = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${token}` }, data: { arrival_time: "15:00", number_of_guests: guests } });
      expect(res.status(), JSON.stringify(guests)).toBe(400);
      expect((await res.json()).code).toBe("VALIDATION_ERROR");
    }
  });
});

test.describe("command-line tools act through the console's use cases", () => {
  test("guest-link and revoke-link leave the audit entry and staff.booking_changed", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    // A booking of its own, so revoking all its links disturbs no other test of this worker.
    const created = await api.post("/api/console/bookings", { data: booking({ guestName: "Cli Guest", idempotencyKey: randomUUID() }) });
    const b = (await created.json()).booking as { reference: string };
    const changes = () =>
      withSql(async (sql) => (await sql`select payload->>'change' as change from outbox_events where name = 'staff.booking_changed' and payload->>'booking_id' = ${b.reference} order by created_at`).map((r) => r.change as string));
    const auditOf = async () => ((await (await api.get(`/api/console/bookings/${b.reference}`)).json()) as { events: { kind: string; details: Record<string, unknown> | null }[] }).events;

    const before = await changes();
    const link = await issueLink(b.reference, { purpose: "STATUS" });
    expect((await auditOf()).find((e) => e.kind === "link_issued" && e.details?.tokenId === link.link_id)).toBeTruthy();
    await revokeLink(link.link_id);
    expect((await auditOf()).find((e) => e.kind === "link_revoked" && e.details?.tokenId === link.link_id)).toBeTruthy();
    execFileSync("npx", ["tsx", "scripts/revoke-link.ts", "--booking", b.reference, "--reason", "e2e all"], {
      env: { ...process.env, DATA_DIR: path.resolve(".data", `e2e-${process.env.E2E_PORT ?? 3100}`) },
      encoding: "utf8",
    });
    expect((await auditOf()).some((e) => e.kind === "links_revoked_all")).toBe(true);
    expect((await changes()).slice(before.length)).toEqual(["link_issued", "link_revoked", "links_revoked_all"]);
    await api.dispose();
  });
});
