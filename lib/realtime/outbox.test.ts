import { eq, inArray, sql } from "drizzle-orm";
import type PusherJS from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { outboxEvents } from "@/lib/db/schema";
import { guestBookingChannel, guestUserId } from "./channels";
import { claimDue, deliver, kickOutbox, LEASE_MS, purgeDelivered } from "./dispatcher";
import { event } from "./events";
import { ClientPool, sdkFor, startTestServer, waitUntil } from "./local-server/test-helpers";
import { startLocalPusherServer, type LocalPusherServer } from "./local-server/server";
import { APP } from "./local-server/test-helpers";
import { recordEvents } from "./outbox";
import { usePusherEnv } from "./realtime-env.test-helper";
import { transactional } from "./transactional";

// Delivery through the official SDK to the local server, received by pusher-js in Node.
describe("transactional outbox", () => {
  let server: LocalPusherServer;
  let port: number;
  let pool: ClientPool;
  let client: PusherJS;
  const ref = `BK-2026-O${Date.now().toString(36).toUpperCase()}`;
  const channel = guestBookingChannel(ref);
  const raw: string[] = [];
  let subscriptions = 0;
  const unique = new Set<string>();

  beforeAll(async () => {
    server = await startTestServer();
    port = server.port;
    usePusherEnv(port);
    pool = new ClientPool(() => server, () => sdkFor(server));
    // signed in as the booking's guest: the local server holds guest channels until then
    client = await pool.connected({ user: { id: guestUserId(ref) } });
    client.signin();
    const ch = client.subscribe(channel);
    ch.bind("pusher:subscription_succeeded", () => subscriptions++);
    ch.bind_global((name: string, data: { event_id?: string }) => {
      if (name.startsWith("pusher")) return;
      raw.push(data.event_id!);
      unique.add(data.event_id!);
    });
    await waitUntil(() => (ch.subscribed ? true : undefined), "subscribed");
  });

  afterAll(async () => {
    pool.closeAll();
    await server.close();
  });

  const record = (n: number, tag: string) =>
    transactional((tx) => recordEvents(tx, Array.from({ length: n }, (_, i) => event("booking.updated", [channel], { booking_id: ref, fields: [`${tag}-${i}`] }))));

  it("delivers right after commit, with event_id and created_at", async () => {
    const [id] = await record(1, "now");
    await kickOutbox();
    await waitUntil(() => (unique.has(id!) ? true : undefined), "event delivered");
    const [row] = await getDb().select().from(outboxEvents).where(eq(outboxEvents.id, id!));
    expect(row?.deliveredAt).toBeInstanceOf(Date);
  });

  it("keeps events while the realtime server is down and delivers each once after it returns", { timeout: 90_000 }, async () => {
    await server.close();
    await waitUntil(() => (client.connection.state !== "connected" ? true : undefined), "client noticed the outage");
    const before = subscriptions;
    const ids = await record(3, "down");
    await kickOutbox();
    const pending = await getDb().select().from(outboxEvents).where(inArray(outboxEvents.id, ids));
    expect(pending.every((r) => r.deliveredAt === null && r.attempts >= 1 && r.lastError)).toBe(true);

    server = await startLocalPusherServer({ ...APP, host: "127.0.0.1", port });
    // pusher-js retries on its own schedule (up to ~15 s with only the ws transport).
    await waitUntil(() => (subscriptions > before ? true : undefined), "re-subscribed after reconnect", 40_000);
    // Let the backoff lapse (as time would) and sweep, as the app's sweeper does every few seconds.
    for (let i = 0; i < 20 && !ids.every((id) => unique.has(id)); i++) {
      await getDb().update(outboxEvents).set({ availableAt: sql`now()` }).where(inArray(outboxEvents.id, ids));
      await kickOutbox();
      await new Promise((r) => setTimeout(r, 250));
    }
    await waitUntil(() => (ids.every((id) => unique.has(id)) ? true : undefined), "all events after restart");
    for (const id of ids) expect(raw.filter((x) => x === id)).toHaveLength(1);
  });

  it("loses nothing when a dispatcher dies mid-batch; duplicates are dropped by event id", async () => {
    // Recorded without the post-commit kick, so the batch is there for dispatcher A to claim.
    const ids = await getDb().transaction((tx) =>
      recordEvents(tx, [0, 1].map((i) => event("booking.updated", [channel], { booking_id: ref, fields: [`crash-${i}`] }))),
    );
    const leased = await claimDue(); // dispatcher A claims the batch … and dies before delivering
    expect(leased.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    expect(await claimDue()).toEqual([]); // leased rows are not handed out twice meanwhile

    const later = new Date(Date.now() + LEASE_MS + 1000);
    const reclaimed = await claimDue({ now: later }); // dispatcher B, after the lease lapsed
    expect(reclaimed.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
    // B triggers but crashes before marking delivered; C delivers the same rows again.
    await deliver(reclaimed);
    await deliver(reclaimed);
    await waitUntil(() => (ids.every((id) => raw.filter((x) => x === id).length === 2) ? true : undefined), "duplicates arrive");
    expect(ids.every((id) => unique.has(id))).toBe(true);
    expect(unique.size).toBe(new Set(raw).size);
  });

  it("purges delivered rows after the retention period and keeps pending ones", async () => {
    const [delivered] = await record(1, "old");
    await kickOutbox();
    await waitUntil(() => (unique.has(delivered!) ? true : undefined), "delivered");
    const [pending] = await getDb().transaction((tx) => recordEvents(tx, [event("booking.updated", [channel], { booking_id: ref, fields: ["pending"] })]));
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await purgeDelivered({ now: later })).toBeGreaterThanOrEqual(1);
    const left = await getDb().select({ id: outboxEvents.id }).from(outboxEvents).where(inArray(outboxEvents.id, [delivered!, pending!]));
    expect(left.map((r) => r.id)).toEqual([pending]);
  });
});
