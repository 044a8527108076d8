import { randomBytes } from "node:crypto";
import { startApp, type BenchApp } from "../app";
import { load } from "../stats";
import { chatCheck, deskCheck, guestStateCheck, kitchenCheck, memoryCheck, orderChecks, outboxCheck, subscriberCheck, trafficCheck, type Check, type RoundEnd } from "./checks";
import { openOrders, pendingOutbox, readDbState } from "./db-state";
import { faultPlan, runFaults, until } from "./faults";
import { createSoakHotel } from "./fixture";
import { Guest, type Menu } from "./guest";
import { heapReportEnv, readHeap, removeHeapReports, type HeapReading } from "./heap";
import { scaleOutProbe } from "./probe";
import { rssLine, sampleRss, type RssSample } from "./rss";
import { SOAK_PUSHER, startRealtime, type RealtimeProcess } from "./realtime-process";
import { FrontDesk, Kitchen, signIn } from "./staff";
import { Traffic, type Instance } from "./traffic";
import { Writes } from "./writes";

// One soak: the realtime server, one or two app instances on one PostgreSQL, the hotel, the
// guests and the two staff screens; the load with its faults; then the settling, the drain and
// the checks. Every wait is bounded; the caller prints the checks and decides the exit code.

/**
 * `rounds`: the load is run that many times (faults in the first only), for memory that grows from
 * round to round. `heapSnapshots`: each round's heap reading also writes a heap snapshot per app.
 */
export type SoakConfig = { instances: 1 | 2; guests: number; seconds: number; rounds: number; faults: "full" | "short"; databaseUrl: string; heapSnapshots: boolean };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes a soak started, for the caller's last-resort cleanup. */
export const running = new Set<() => Promise<void>>();

/** What every app instance runs with: the shared database, the soak's realtime server, one staff-session secret. */
function appEnvFor(cfg: SoakConfig, realtime: RealtimeProcess): Record<string, string> {
  return {
    DATABASE_URL: cfg.databaseUrl,
    // One secret for every instance and restart, so a staff session works on either.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PUSHER_APP_ID: SOAK_PUSHER.appId,
    PUSHER_KEY: SOAK_PUSHER.key,
    PUSHER_SECRET: SOAK_PUSHER.secret,
    PUSHER_CLUSTER: "local",
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(realtime.port),
    PUSHER_USE_TLS: "false",
    PUSHER_CLIENT_HOST: "127.0.0.1",
    PUSHER_CLIENT_PORT: String(realtime.port),
    // The per-booking limits stay on, raised so a guest may order for the whole run (as bench:orders).
    GUEST_ORDER_RATE_LIMIT: "100000",
    GUEST_OPEN_ORDER_LIMIT: "100000",
    GUEST_BREAKFAST_WRITE_RATE_LIMIT: "100000",
    GUEST_CANCEL_RATE_LIMIT: "100000",
    // The heap after a full collection, on the soak's signal (scripts/heap-report.ts).
    ...heapReportEnv(cfg.heapSnapshots),
  };
}

type MenuBody = { categories: { items: { id: string; available: boolean; options: { required: boolean }[] }[] }[] };
const simpleItems = (m: MenuBody) => m.categories.flatMap((c) => c.items).filter((i) => i.available && i.options.every((g) => !g.required)).map((i) => i.id);

export async function runSoak(cfg: SoakConfig): Promise<Check[]> {
  const t0 = Date.now();
  const log = (msg: string) => console.log(`  t+${((Date.now() - t0) / 1000).toFixed(1)}s ${msg}`);
  const traffic = new Traffic();
  const realtime = await startRealtime();
  running.add(realtime.stop);
  const appEnv = appEnvFor(cfg, realtime);
  const apps: BenchApp[] = [];
  const instances: Instance[] = [];
  // One at a time: each launcher runs the migrations first, and two at once would race on them.
  for (let i = 0; i < cfg.instances; i++) {
    apps.push(await startApp(appEnv, { fresh: false }));
    running.add(() => apps[i]!.stop());
    instances.push({ name: "AB"[i]!, url: apps[i]!.url, down: [] });
  }
  log(`realtime server on :${realtime.port} (its own process); app ${instances.map((x) => `${x.name} ${x.url}`).join(", ")} on PostgreSQL`);

  const since = new Date(Date.now() - 1000);
  const hotel = await createSoakHotel(cfg.guests);
  const writes = new Writes(traffic, hotel.slug);
  const A = instances[0]!;
  const B = instances[cfg.instances - 1]!;
  const menuOf = async (path: string) => (await traffic.call(A, "menu", `/api/public/hotel/${hotel.slug}/${path}`, { headers: { authorization: `Bearer ${hotel.guests[0]!.token}` } })).body as MenuBody;
  const menu: Menu = { roomItems: simpleItems(await menuOf("room-services/menu/")).slice(0, 5), breakfastItem: simpleItems(await menuOf("breakfast/menu/"))[0]! };
  if (!menu.roomItems.length || !menu.breakfastItem) throw new Error("the demo menu has no simple room-service or breakfast item");

  const pause: [number, number] = cfg.guests > 50 ? [500, 2500] : [300, 1500];
  const guests = hotel.guests.map((g, i) => new Guest(g, instances[i % cfg.instances]!, hotel.slug, menu, writes, traffic, realtime.port, pause));
  // Two instances: the kitchen reads through B while half the guests order through A.
  const kitchen = new Kitchen(B, await signIn(traffic, B, hotel.kitchen), hotel.slug, traffic, realtime.port, kitchenCooks(cfg.guests));
  const desk = new FrontDesk(A, await signIn(traffic, A, hotel.desk), hotel.slug, traffic, realtime.port);
  const clients = [...guests.map((g) => g.live), kitchen.live, desk.live];
  const ready = () => clients.every((c) => c.live()) && guests.every((g) => g.refetcher.lastStartedAt > 0) && kitchen.refetcher.lastStartedAt > 0 && desk.refetcher.lastStartedAt > 0;
  if (!(await until(ready, 90_000))) throw new Error(`clients not subscribed after 90 s: ${clients.filter((c) => !c.live()).length} not live`);
  log(`${hotel.guests.length} guests (${instances.map((x) => `${guests.filter((g) => g.instance === x).length} on ${x.name}`).join(", ")}), kitchen on ${B.name}, front desk on ${A.name}: all subscribed · ${load()}`);

  // One memory record per app process: the killed one ends at its kill, its successor starts under load.
  const rss: RssSample[] = instances.map((x, i) => ({ label: `${x.name} (pid ${apps[i]!.pid}), idle at start`, instance: i, start: sampleRss(apps[i]!.pid), peak: 0, end: null }));
  const current = (i: number) => rss.findLast((r) => r.instance === i)!;
  const rssTimer = setInterval(() => instances.forEach((_, i) => (current(i).peak = Math.max(current(i).peak, sampleRss(apps[i]!.pid)?.next ?? 0))), 2000);

  kitchen.queue.work();
  const start = Date.now();
  const faults = runFaults(faultPlan(cfg.faults), start, cfg.seconds, {
    realtime,
    apps,
    instances,
    appEnv,
    clients,
    traffic,
    log,
    onAppKill: (old) => (current(0).end = sampleRss(old.pid)),
    onAppStarted: (fresh) => rss.push({ label: `${A.name} restarted (pid ${fresh.pid}), under load at start`, instance: 0, start: sampleRss(fresh.pid), peak: 0, end: null }),
  });
  faults.catch(() => {}); // awaited below, after the load; this only keeps an early failure from counting as unhandled
  await Promise.all(guests.map((g) => g.run(start + cfg.seconds * 1000)));
  await faults;
  log(`load over: ${writes.all.length} writes sent · ${load()}`);

  await settleAndDrain(guests, writes, kitchen, since, log);
  // Rounds are for memory: a single round skips the quiet spell.
  const roundEnds: RoundEnd[] = cfg.rounds > 1 ? [await roundEnd(1, apps, hotel.id, log)] : [];
  for (let round = 2; round <= cfg.rounds; round++) {
    log(`round ${round} of ${cfg.rounds}: ${cfg.seconds} s more load, no faults · ${load()}`);
    kitchen.queue.work();
    const deadline = Date.now() + cfg.seconds * 1000;
    await Promise.all(guests.map((g) => g.run(deadline)));
    await settleAndDrain(guests, writes, kitchen, since, log);
    roundEnds.push(await roundEnd(round, apps, hotel.id, log));
  }
  const caughtUp = () => clients.every((c) => c.live()) && !guests.some((g) => g.refetcher.pending()) && !kitchen.refetcher.pending() && !desk.refetcher.pending();
  await until(caughtUp, 60_000);

  const probe = cfg.instances === 2 ? await scaleOutProbe(guests.find((g) => g.instance === A)!, menu, kitchen, writes, since) : null;
  await sleep(1500); // the last triggers' frames in flight
  const finalGuests = new Map(await Promise.all(guests.map(async (g) => [g, await g.fetchOrders("guest final read")] as const)));
  const finalBoard = await kitchen.fetchOpen("kitchen final read");
  const finalInbox = await desk.fetchInbox("desk final read");
  const db = await readDbState(hotel.id, hotel.guests.map((g) => g.bookingId), since);
  clearInterval(rssTimer);
  instances.forEach((_, i) => (current(i).end = sampleRss(apps[i]!.pid)));

  const checks = [
    ...orderChecks(db, writes.all),
    chatCheck(db, writes.all),
    outboxCheck(db),
    subscriberCheck(db, clients),
    guestStateCheck(db, guests, finalGuests),
    kitchenCheck(db, kitchen, finalBoard),
    deskCheck(db, desk, finalInbox),
    trafficCheck(traffic),
    ...(probe ? [probe] : []),
    ...(roundEnds.length > 1 ? [memoryCheck(roundEnds)] : []),
  ];
  printFigures(traffic, cfg, db.orders.length);
  for (const r of rss) console.log(`  RSS app ${r.label}: ${rssLine(r)}`);
  for (const r of roundEnds) console.log(`  after round ${r.round}, ${QUIET_MS / 1000} s quiet and a full GC: ${instances.map((x, i) => `${x.name} ${heapLine(r.heap[i] ?? null, r.rss[i] ?? 0)}`).join(" · ")}`);

  for (const c of clients) c.close();
  for (const stop of [...running]) await stop();
  running.clear();
  if (!cfg.heapSnapshots) removeHeapReports();
  return checks;
}

/** One cook per 20 guests (at least two): as many requests in flight as an instance has database connections at 200 guests. */
const kitchenCooks = (guests: number) => Math.max(2, Math.ceil(guests / 20));
/** How long the kitchen may work on after the load to finish the orders it has seen. */
const KITCHEN_CATCH_UP_MS = 120_000;

/** Writes the faults left unanswered are sent again, as a client would; the kitchen finishes its queue; then the outbox drains. */
async function settleAndDrain(guests: Guest[], writes: Writes, kitchen: Kitchen, since: Date, log: (msg: string) => void) {
  const unanswered = writes.all.filter((w) => !w.settled).length;
  const settleStart = Date.now();
  await Promise.all(guests.map((g) => g.settle(Date.now() + 60_000)));
  log(`${unanswered} writes left unanswered, sent again: ${writes.all.filter((w) => !w.settled).length} still unanswered after ${((Date.now() - settleStart) / 1000).toFixed(1)} s`);
  const backlog = kitchen.queue.backlog;
  const kitchenStart = Date.now();
  const caughtUp = await kitchen.queue.finish(KITCHEN_CATCH_UP_MS);
  log(`kitchen: ${backlog} orders still to work after the load, ${caughtUp ? "all done" : `${kitchen.queue.backlog} NOT done`} ${((Date.now() - kitchenStart) / 1000).toFixed(1)} s later (${kitchen.queue.moved} moves, ${kitchen.queue.delivered} delivered so far)`);
  const drainStart = Date.now();
  const drained = await until(async () => (await pendingOutbox(since)) === 0, 150_000);
  log(`outbox ${drained ? "drained" : "NOT drained"} ${((Date.now() - drainStart) / 1000).toFixed(1)} s after the load`);
}

// Memory is read after a quiet spell (requests' timers and short-lived caches run out) and a full
// collection, so what is left is what the app retains.
const QUIET_MS = 15_000;

async function roundEnd(round: number, apps: BenchApp[], hotelId: string, log: (msg: string) => void): Promise<RoundEnd> {
  await sleep(QUIET_MS);
  // RSS before the collection, as earlier soaks read it; the report carries RSS after it.
  const rss = apps.map((a) => sampleRss(a.pid)?.next ?? 0);
  const heap = [];
  for (const a of apps) heap.push(await readHeap(a.pid));
  log(`round ${round} over (${await openOrders(hotelId)} open orders): after a full GC ${heap.map((h, i) => heapLine(h, rss[i]!)).join(", ")}`);
  return { round, heap, rss };
}

const heapLine = (h: HeapReading | null, rssBefore: number) =>
  h ? `heap ${h.heapUsed.toFixed(0)} MiB used (external ${h.external.toFixed(0)}), RSS ${rssBefore.toFixed(0)} → ${h.rss.toFixed(0)} MiB` : `heap not read, RSS ${rssBefore.toFixed(0)} MiB`;

function printFigures(traffic: Traffic, cfg: SoakConfig, orderRows: number) {
  console.log(`  figures: ${orderRows} orders from a ${cfg.seconds} s load (${(orderRows / cfg.seconds).toFixed(1)}/s) · ${load()}`);
  for (const [route, s] of [...traffic.statuses()].sort(([a], [b]) => a.localeCompare(b))) {
    const lat = traffic.latencies(route);
    console.log(`    ${route}: ${[...s].sort(([a], [b]) => a - b).map(([st, n]) => `${n}× ${st || "conn error"}`).join(", ")}${lat ? ` · ${lat}` : ""}`);
  }
}
