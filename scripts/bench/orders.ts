// bench:orders — room-service orders per second over HTTP against the built app, beside the
// floor: a route the same proxy answers with 405 (token check, headers, no database write), at
// 10 and 50 concurrent guests, each its own booking and link. Also the app's CPU per request.
// Prints figures, asserts nothing.
//   npm run build && npm run bench:orders   (embedded PGlite; DATABASE_URL=… for PostgreSQL; BENCH_SHORT=1 for CI)
import { randomUUID } from "node:crypto";
import { load, short } from "./stats";
import { startApp, treeCpuMs, treeRssMiB } from "./app";

const ROUNDS = short ? 1 : 3;
const SECONDS = short ? 2 : 8;
const CONCURRENCY = short ? [10] : [10, 50];
const GUESTS = Math.max(...CONCURRENCY);

// The per-booking limits stay on; only their sizes are raised, so a guest may order for a whole run.
const app = await startApp({ GUEST_ORDER_RATE_LIMIT: "100000", GUEST_OPEN_ORDER_LIMIT: "100000" });
try {
  process.env.DATA_DIR = app.dataDir;
  const { resetEnvCache } = await import("@/lib/env");
  resetEnvCache();
  const { connectCli } = await import("@/lib/db/embedded-owner");
  const engine = await connectCli();
  const { getDb, closeDb } = await import("@/lib/db/client");
  const { createBooking, createHotel } = await import("@/lib/demo/builders");
  const { seedDemoMenu } = await import("@/lib/menus/demo-menu");
  const { issueToken } = await import("@/lib/tokens/issue");
  const { flushTokenAudit } = await import("@/lib/tokens/validate");
  const { hotels } = await import("@/lib/db/schema");
  const { eq } = await import("drizzle-orm");

  // A hotel with a room per guest, the demo menu, and room service all day (so the hour never closes it).
  const db = getDb();
  const rooms = Array.from({ length: GUESTS }, (_, i) => String(1000 + i));
  const hotel = await createHotel(db, { slug: `bench-${randomUUID().slice(0, 8)}`, name: "Bench Hotel", rooms });
  await db.update(hotels).set({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }).where(eq(hotels.id, hotel.id));
  await seedDemoMenu(db, hotel, "grand-harbour");
  const guests: string[] = [];
  for (const room of rooms) {
    const booking = await createBooking(db, hotel, { state: "in_house", roomNumber: room, guestName: `Guest ${room}` });
    guests.push((await issueToken({ hotelId: hotel.id, bookingId: booking.id, purpose: "FULL_ACCESS", label: "bench" })).raw);
  }
  await flushTokenAudit();
  await closeDb();

  const base = `${app.url}/api/public/hotel/${hotel.slug}/room-services`;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const menu = (await (await fetch(`${base}/menu/`, { headers: auth(guests[0]!) })).json()) as { categories: { items: { id: string; available: boolean; options: { required: boolean; choices: { id: string }[] }[] }[] }[] };
  const item = menu.categories.flatMap((c) => c.items).find((i) => i.available && i.options.every((g) => !g.required))!;
  const orderBody = JSON.stringify({ items: [{ item_id: item.id, quantity: 1 }] });

  const order = (token: string) => fetch(`${base}/order/`, { method: "POST", headers: { ...auth(token), "content-type": "application/json", "Idempotency-Key": randomUUID() }, body: orderBody });
  const floor = (token: string) => fetch(`${base}/order/`, { method: "PATCH", headers: { ...auth(token), "content-type": "application/json" }, body: orderBody });

  /** Requests per second with `c` guests sending back to back for SECONDS; counts statuses. */
  async function rate(c: number, send: (token: string) => Promise<Response>, expect: number) {
    const statuses = new Map<number, number>();
    const cpu0 = treeCpuMs(app.pid);
    const end = Date.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      guests.slice(0, c).map(async (token) => {
        while (Date.now() < end) {
          const res = await send(token);
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const good = statuses.get(expect) ?? 0;
    return { perSec: good / secs, cpuPerReq: (treeCpuMs(app.pid) - cpu0) / total, other: [...statuses].filter(([s]) => s !== expect) };
  }

  const rss = () =>
    treeRssMiB(app.pid)
      .filter((p) => /scripts\/(next-server|start)\.ts/.test(p.cmd))
      .map((p) => `${/next-server/.test(p.cmd) ? "next-server" : "launcher"} ${Math.round(p.mib)} MiB`)
      .join(", ");
  console.log(`bench:orders · engine ${engine} · app ${app.url} · ${GUESTS} guests · RSS idle: ${rss()} · ${load()}`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const c of CONCURRENCY) {
      const side = await rate(c, order, 201);
      const fl = await rate(c, floor, 405);
      const odd = [...side.other, ...fl.other].map(([s, n]) => `${n}× ${s}`).join(", ");
      console.log(
        `round ${round} · ${c} concurrent: orders ${side.perSec.toFixed(1)}/s · floor ${fl.perSec.toFixed(1)}/s · ratio ${(side.perSec / fl.perSec).toFixed(2)} · app CPU per order ${side.cpuPerReq.toFixed(1)} ms, per floor request ${fl.cpuPerReq.toFixed(1)} ms${odd ? ` · other answers: ${odd}` : ""} · ${load()}`,
      );
    }
  }
  console.log(`RSS after the rounds: ${rss()}`);
  await new Promise((r) => setTimeout(r, short ? 1000 : 30_000));
  console.log(`RSS ${short ? 1 : 30} s later: ${rss()}`);
} finally {
  await app.stop();
}
process.exit(0);
