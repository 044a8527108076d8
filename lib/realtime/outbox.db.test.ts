import { eq, inArray, sql } from "drizzle-orm";
import type PusherJS from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { outboxEvents, type NewOutboxEvent } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { guestBookingChannel, guestUserId, staffBookingsChannel } from "./channels";
import { claimDue, deliver, deliverDue, kickOutbox, MAX_ATTEMPTS, settleFailed, sweepOutbox } from "./dispatcher";
import { event } from "./events";
import { ClientPool, sdkFor, waitUntil } from "@/lib/testing/local-pusher";
import type { LocalPusherServer } from "./local-server/server";
import { recordEvents } from "./outbox";
import { startAppPusher } from "@/lib/testing/realtime-env";

const tag = Date.now().toString(36).toUpperCase();

/** Rows written straight to the table (no event() checks, no post-commit delivery), as a bad or stranded row would be. */
function insertRaw(rows: Pick<NewOutboxEvent, "channels" | "name" | "payload">[]): Promise<string[]> {
  return transaction(async (tx) => (await tx.insert(outboxEvents).values(rows).returning({ id: outboxEvents.id })).map((r) => r.id));
}

async function rowsOf(ids: string[]) {
  const rows = await getDb().select().from(outboxEvents).where(inArray(outboxEvents.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

/** Lets time pass for these rows (a lapsed lease or backoff), on the database clock. */
const makeDue = (ids: string[]) => getDb().update(outboxEvents).set({ availableAt: sql`now() - interval '1 second'` }).where(inArray(outboxEvents.id, ids));

// Delivery through the official SDK to the local server, received by pusher-js in Node.
describe("transactional outbox", () => {
  let server: LocalPusherServer;
  let port: number;
  let pool: ClientPool;
  let client: PusherJS;
  const ref = `BK-2026-O${tag}`;
  const channel = guestBookingChannel(ref);
  const raw: string[] = [];
  const unique = new Set<string>();
  let subscriptions = 0;

  const listen = async (name: string) => {
    const ch = client.subscribe(name);
    ch.bind("pusher:subscription_succeeded", () => subscriptions++);
    ch.bind_global((eventName: string, data: { event_id?: string }) => {
      if (eventName.startsWith("pusher")) return;
      raw.push(data.event_id!);
      unique.add(data.event_id!);
    });
    await waitUntil(() => (ch.subscribed ? true : undefined), `subscribed to ${name}`);
  };

  beforeAll(async () => {
    server = await startAppPusher();
    port = server.port;
    pool = new ClientPool(() => server, () => sdkFor(server));
    // signed in as the booking's guest: the local server holds guest channels until then
    client = await pool.connected({ user: { id: guestUserId(ref) } });
    client.signin();
    await listen(channel);
  });

  afterAll(async () => {
    pool.closeAll();
    await server.close();
  });

  const record = (n: number, label: string) =>
    transaction((tx) => recordEvents(tx, Array.from({ length: n }, (_, i) => event("booking.updated", [channel], { booking_id: ref, fields: [`${label}-${i}`] }))));

  it("delivers right after commit, with event_id and created_at", async () => {
    const [id] = await record(1, "now");
    await waitUntil(() => (unique.has(id!) ? true : undefined), "event delivered");
    await kickOutbox();
    const [row] = await rowsOf([id!]);
    expect(row?.deliveredAt).toBeInstanceOf(Date);
    expect(row?.leaseToken).toBeNull();
  });

  it("recordEvents() takes only a transaction from transaction()", async () => {
    // @ts-expect-error: the database handle is not a transaction
    await expect(recordEvents(getDb(), [event("booking.updated", [channel], { booking_id: ref, fields: [] })])).rejects.toThrow(/needs the tx/);
  });

  it("keeps events while the realtime server is down and delivers each once after it returns", { timeout: 90_000 }, async () => {
    await server.close();
    await waitUntil(() => (client.connection.state !== "connected" ? true : undefined), "client noticed the outage");
    const before = subscriptions;
    const ids = await record(3, "down");
    await kickOutbox();
    const pending = await rowsOf(ids);
    expect(pending.every((r) => r.deliveredAt === null && r.deadAt === null && r.attempts >= 1 && r.lastError)).toBe(true);

    server = await startAppPusher(port);
    // pusher-js would retry on its own schedule (up to ~15 s with only the ws transport); the
    // outbox is under test here, not that schedule, so the client reconnects at once.
    client.disconnect();
    client.connect();
    await waitUntil(() => (subscriptions > before ? true : undefined), "re-subscribed after reconnect", 40_000);
    // Let the backoff lapse (as time would) and sweep, as the app's sweeper does every few seconds.
    for (let i = 0; i < 20 && !ids.every((id) => unique.has(id)); i++) {
      await makeDue(ids);
      await kickOutbox();
      await new Promise((r) => setTimeout(r, 250));
    }
    await waitUntil(() => (ids.every((id) => unique.has(id)) ? true : undefined), "all events after restart");
    for (const id of ids) expect(raw.filter((x) => x === id)).toHaveLength(1);
  });

  it("loses nothing when a dispatcher dies mid-batch; duplicates are dropped by event id", async () => {
    const ids = await insertRaw([0, 1].map((i) => ({ channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: [`crash-${i}`] } })));
    const a = await claimDue(); // dispatcher A claims the batch … and dies before delivering
    expect(a.rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    expect((await claimDue()).rows.map((r) => r.id)).not.toEqual(expect.arrayContaining([ids[0]])); // not handed out twice meanwhile

    await makeDue(ids); // A's lease lapses
    const b = await claimDue();
    expect(b.rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    // B triggers but crashes before marking delivered; C delivers the same rows again.
    const mine = { token: b.token, rows: b.rows.filter((r) => ids.includes(r.id)) };
    await deliver(mine);
    await deliver(mine);
    await waitUntil(() => (ids.every((id) => raw.filter((x) => x === id).length === 2) ? true : undefined), "duplicates arrive");
    expect(ids.every((id) => unique.has(id))).toBe(true);
    expect(unique.size).toBe(new Set(raw).size);
  });

  it("a slow dispatcher whose lease lapsed cannot settle rows another dispatcher now holds", async () => {
    const ids = await insertRaw([{ channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: ["slow"] } }]);
    const a = await claimDue();
    const slow = { token: a.token, rows: a.rows.filter((r) => ids.includes(r.id)) };
    expect(slow.rows).toHaveLength(1);
    await makeDue(ids);
    const b = await claimDue();
    expect(b.rows.map((r) => r.id)).toContain(ids[0]);
    expect(b.token).not.toBe(a.token);

    // A wakes up: its failure report and its delivery must leave B's lease alone.
    await settleFailed(a.token, { ...slow.rows[0]!, attempts: MAX_ATTEMPTS }, "slow A gave up", { refused: true });
    await deliver(slow);
    let [row] = await rowsOf(ids);
    expect(row).toMatchObject({ leaseToken: b.token, deliveredAt: null, deadAt: null, lastError: null });

    await deliver({ token: b.token, rows: b.rows.filter((r) => ids.includes(r.id)) });
    [row] = await rowsOf(ids);
    expect(row?.deliveredAt).toBeInstanceOf(Date);
    expect(row?.leaseToken).toBeNull();
  });

  it("one oversized event does not hold up the others: they are delivered, it is marked dead", async () => {
    const [other1, other2] = [staffBookingsChannel(`b-${tag.toLowerCase()}`), staffBookingsChannel(`c-${tag.toLowerCase()}`)];
    await listen(other1);
    await listen(other2);
    const big = { booking_id: `BK-2026-B${tag}`, change: "x".repeat(11 * 1024) };
    expect(() => event("staff.booking_changed", [staffBookingsChannel("a-hotel")], big)).toThrow(/events must stay under/);
    // A row that got past event() (older code, hand-written SQL) must still not jam delivery.
    const [bigId, ok1, ok2] = await insertRaw([
      { channels: [staffBookingsChannel(`a-${tag.toLowerCase()}`)], name: "staff.booking_changed", payload: big },
      { channels: [other1], name: "staff.booking_changed", payload: { booking_id: `BK-2026-C${tag}`, change: "ok" } },
      { channels: [other2], name: "staff.booking_changed", payload: { booking_id: `BK-2026-D${tag}`, change: "ok" } },
    ]);
    await deliverDue();
    await waitUntil(() => (unique.has(ok1!) && unique.has(ok2!) ? true : undefined), "healthy events delivered");
    const [bigRow] = await rowsOf([bigId!]);
    expect(bigRow?.deadAt).toBeInstanceOf(Date);
    expect(bigRow?.lastError).toMatch(/over 10240 bytes/);
  });

  it("an event Pusher refuses (4xx) is retried on its own and marked dead after MAX_ATTEMPTS; the others go at once", async () => {
    const ids = await insertRaw([
      { channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: ["before-bad"] } },
      { channels: ["private-not a valid channel"], name: "booking.updated", payload: { booking_id: ref, fields: ["bad"] } },
      { channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: ["after-bad"] } },
    ]);
    const [before, bad, after] = ids as [string, string, string];
    await deliverDue();
    await waitUntil(() => (unique.has(before) && unique.has(after) ? true : undefined), "healthy neighbours delivered in the first round");
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const [row] = await rowsOf([bad]);
      expect(row).toMatchObject({ attempts: attempt, deadAt: null, deliveredAt: null });
      expect(row?.lastError).toMatch(/400|Invalid channel/);
      await makeDue([bad]);
      await deliverDue();
    }
    const [dead] = await rowsOf([bad]);
    expect(dead?.attempts).toBe(MAX_ATTEMPTS);
    expect(dead?.deadAt).toBeInstanceOf(Date);
    await makeDue([bad]);
    expect((await claimDue()).rows.map((r) => r.id)).not.toContain(bad); // dead rows are never claimed again
  });

  it("dispatchers racing for due rows never hold the same row (real concurrency on PostgreSQL)", async () => {
    const ids = await insertRaw(Array.from({ length: 30 }, (_, i) => ({ channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: [`race-${i}`] } })));
    const owner = new Map<string, string>();
    for (let round = 0; round < 10 && owner.size < ids.length; round++) {
      const claims = await Promise.all(Array.from({ length: 4 }, () => claimDue({ limit: 8 })));
      for (const c of claims) {
        for (const r of c.rows) {
          if (!ids.includes(r.id)) continue;
          expect(owner.has(r.id), `row ${r.id} claimed twice`).toBe(false);
          owner.set(r.id, c.token);
        }
      }
      await Promise.all(claims.map((c) => deliver(c)));
    }
    expect(owner.size).toBe(ids.length);
    await waitUntil(() => (ids.every((id) => unique.has(id)) ? true : undefined), "every raced event delivered");
    expect((await rowsOf(ids)).every((r) => r.deliveredAt && r.attempts === 1)).toBe(true);
  });

  it("the sweep (also the serverless cron route) purges delivered rows after a week and dead ones after a month", async () => {
    const [oldDelivered, freshDelivered, oldDead, pending] = await insertRaw(
      ["old", "fresh", "dead", "pending"].map((label) => ({ channels: [channel], name: "booking.updated", payload: { booking_id: ref, fields: [label] } })),
    );
    await getDb().update(outboxEvents).set({ deliveredAt: sql`now() - interval '8 days'`, availableAt: sql`now() + interval '1 day'` }).where(eq(outboxEvents.id, oldDelivered!));
    await getDb().update(outboxEvents).set({ deliveredAt: sql`now() - interval '1 day'` }).where(eq(outboxEvents.id, freshDelivered!));
    await getDb().update(outboxEvents).set({ deadAt: sql`now() - interval '31 days'` }).where(eq(outboxEvents.id, oldDead!));
    await getDb().update(outboxEvents).set({ availableAt: sql`now() + interval '1 day'` }).where(eq(outboxEvents.id, pending!));
    const result = await sweepOutbox();
    expect(result.purged).toBeGreaterThanOrEqual(2);
    const left = await getDb().select({ id: outboxEvents.id }).from(outboxEvents).where(inArray(outboxEvents.id, [oldDelivered!, freshDelivered!, oldDead!, pending!]));
    expect(left.map((r) => r.id).sort()).toEqual([freshDelivered!, pending!].sort());
  });
});
