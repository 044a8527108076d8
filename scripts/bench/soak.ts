// bench:soak — nothing lost, nothing doubled, under faults. N guests (each its own in-house
// booking and FULL_ACCESS link) order room service with an Idempotency-Key (a fifth re-sent with
// the same key and body, sometimes concurrently), order breakfast, chat, and stay subscribed as
// the portal does; a kitchen and a front-desk screen stay subscribed too. Meanwhile the realtime
// server (a separate local Pusher-protocol process) is killed -9 and restarted, and so is the app.
// Then it checks, and exits 1 if any check fails: accepted orders and messages = rows (no
// duplicates, none missing); every outbox event delivered or dead with a reason; every subscriber
// live, refetched after its last resubscription, its view = the API = the database, and every
// event after that subscription received; no 5xx or connection error except while the app was
// down. It prints figures (requests, latencies, RSS idle → end) but never judges a timing. The
// kitchen works its queue (accepts and delivers the room-service orders) so open orders stay bounded.
//
// Needs PostgreSQL: DATABASE_URL is required, because the embedded database lives inside the app
// process this soak kills (and two instances need one shared database). Use a database of its own.
// Traffic goes only to 127.0.0.1. Needs `npx next build` first.
//
//   DATABASE_URL=postgres://…/soak npm run bench:soak     200 guests, 180 s, one app instance
//   SOAK_INSTANCES=2 (or --two)                           two instances on one database and one realtime server
//   SOAK_GUESTS=…, SOAK_SECONDS=…                         size and length (of each round)
//   SOAK_ROUNDS=3                                         the load again without faults, twice more; fails if an app's
//                                                         heap used after a full GC at the end of the last round is
//                                                         20 % over round 2's (round 1's with two rounds)
//   SOAK_HEAP_SNAPSHOT=1                                  a heap snapshot of each app after each round, kept in
//                                                         .data/soak-heap/ (for a diff; slow, as large as the heap)
//   BENCH_SHORT=1                                         CI: 20 guests, 30 s, one realtime and one app restart,
//                                                         one instance and then two (unless SOAK_INSTANCES is set)
import { closeDb } from "@/lib/db/client";
import { load, short } from "./stats";
import { runSoak, running, type SoakConfig } from "./soak/run";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("bench:soak needs DATABASE_URL (PostgreSQL): the embedded database would die with the app process the soak kills.");
  process.exit(2);
}
const two = process.argv.includes("--two") || process.env.SOAK_INSTANCES === "2";
const modes: (1 | 2)[] = two ? [2] : short && !process.env.SOAK_INSTANCES ? [1, 2] : [1];
const guests = Number(process.env.SOAK_GUESTS ?? (short ? 20 : 200));
const seconds = Number(process.env.SOAK_SECONDS ?? (short ? 30 : 180));
const rounds = Number(process.env.SOAK_ROUNDS ?? 1);
if (!(guests >= 1 && guests <= 1000) || !(seconds >= 10 && seconds <= 3600) || !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 10)) throw new Error("SOAK_GUESTS must be 1–1000, SOAK_SECONDS 10–3600 and SOAK_ROUNDS 1–10");

// The last resort of "bounded in time": whatever hangs, the soak stops itself and its processes.
const watchdog = setTimeout(
  () => {
    console.error("bench:soak overran its time bound; stopping");
    void Promise.allSettled([...running].map((stop) => stop())).then(() => process.exit(3));
  },
  modes.length * rounds * (seconds + 600) * 1000,
);
watchdog.unref();

let failed = false;
try {
  for (const instances of modes) {
    const cfg: SoakConfig = { instances, guests, seconds, rounds, faults: short ? "short" : "full", databaseUrl, heapSnapshots: process.env.SOAK_HEAP_SNAPSHOT === "1" };
    console.log(`bench:soak · ${instances} app instance${instances > 1 ? "s" : ""} · ${guests} guests · ${seconds} s${rounds > 1 ? ` × ${rounds} rounds` : ""} · ${short ? 1 : 2} realtime restart(s), 1 app restart · ${load()}`);
    const checks = await runSoak(cfg);
    for (const c of checks) console.log(`  ${c.ok ? "PASS" : "FAIL"} ${c.name} — ${c.detail}`);
    failed ||= checks.some((c) => !c.ok);
  }
} catch (e) {
  console.error("bench:soak stopped:", e);
  failed = true;
  await Promise.allSettled([...running].map((stop) => stop()));
} finally {
  await closeDb();
}
console.log(failed ? "bench:soak: FAILED" : "bench:soak: all checks held");
process.exit(failed ? 1 : 0);
