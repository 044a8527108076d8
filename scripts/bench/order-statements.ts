// bench:statements — what each SQL statement of a room-service order costs PostgreSQL (parse,
// bind, execute, from the server's own statement log), per order. Prints figures, asserts nothing.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch npm run bench:statements
// Needs a superuser (it sets log_min_duration_statement = 0 on that database) and the server log
// readable here (PG_LOG, default: the newest /var/log/postgresql/*.log).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { short } from "./stats";

if (!process.env.DATABASE_URL) throw new Error("bench:statements reads PostgreSQL's statement log: set DATABASE_URL");
process.env.GUEST_OPEN_ORDER_LIMIT ??= "100000";
process.env.GUEST_ORDER_RATE_LIMIT ??= "100000";
const N = short ? 20 : 200;
const logFile =
  process.env.PG_LOG ??
  fs
    .readdirSync("/var/log/postgresql")
    .filter((f) => f.endsWith(".log"))
    .map((f) => `/var/log/postgresql/${f}`)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]!;

const { migrateDb } = await import("@/lib/db/migrate");
const { closeDb, getDb } = await import("@/lib/db/client");
const { sql, eq } = await import("drizzle-orm");
const { createBooking, createHotel } = await import("@/lib/demo/builders");
const { seedDemoMenu } = await import("@/lib/menus/demo-menu");
const { issueToken } = await import("@/lib/tokens/issue");
const { validateToken, flushTokenAudit } = await import("@/lib/tokens/validate");
const { placeRoomServiceOrder } = await import("@/lib/orders/place-room-service-order");
const { roomServiceOrderSchema } = await import("@/lib/orders/schemas");
const { stopOutboxSweeper } = await import("@/lib/realtime/dispatcher");
const { hotels } = await import("@/lib/db/schema");

await migrateDb();
await getDb().execute(sql`select set_config('x.bench', '1', false)`); // opens the pool
const dbName = String(((await getDb().execute(sql`select current_database() as d`)) as unknown as { d: string }[])[0]!.d);
await getDb().execute(sql.raw(`alter database "${dbName.replace(/"/g, "")}" set log_min_duration_statement = 0`));
await closeDb(); // new connections log every statement

const db = getDb();
const hotel = await createHotel(db, { slug: `s-${randomUUID().slice(0, 6)}`, name: "Statements Hotel", rooms: ["1"] });
await db.update(hotels).set({ roomServiceOpens: "00:00", roomServiceCloses: "00:00" }).where(eq(hotels.id, hotel.id));
await seedDemoMenu(db, hotel, "grand-harbour");
const booking = await createBooking(db, hotel, { state: "in_house", roomNumber: "1", guestName: "Guest" });
const { raw } = await issueToken({ hotelId: hotel.id, bookingId: booking.id, purpose: "FULL_ACCESS" });
const [item] = (await db.execute(sql`select id from menu_items where hotel_id = ${hotel.id} and on_room_service and not option_groups @> '[{"required": true}]'::jsonb limit 1`)) as unknown as { id: string }[];
const input = roomServiceOrderSchema.parse({ items: [{ item_id: item!.id, quantity: 1 }] });

const marker = `bench-statements-${randomUUID()}`;
await db.execute(sql`select ${`${marker}-start`}::text`);
for (let i = 0; i < N; i++) {
  // What the route handler does: the link, then the order with an idempotency key.
  const access = await validateToken(raw, { hotelSlug: hotel.slug, scope: "order" });
  if (!access.ok) throw new Error("link refused");
  await placeRoomServiceOrder(access, input, { idempotencyKey: randomUUID() });
}
await db.execute(sql`select ${`${marker}-end`}::text`);
await getDb().execute(sql.raw(`alter database "${dbName.replace(/"/g, "")}" reset log_min_duration_statement`));
await flushTokenAudit();
stopOutboxSweeper();
await closeDb();

// The log between the markers: one line per parse / bind / execute (or simple statement) with its duration.
const text = fs.readFileSync(logFile, "utf8");
const from = text.lastIndexOf(`${marker}-start`);
const to = text.lastIndexOf(`${marker}-end`);
const rows = new Map<string, { parse: number; bind: number; execute: number; count: number }>();
for (const m of text.slice(from, to).matchAll(/duration: ([\d.]+) ms\s+(statement|execute|bind|parse) [^:]*: ?(.*)/g)) {
  const [, ms, phase, query] = m as unknown as [string, string, "statement" | "execute" | "bind" | "parse", string];
  const key = query.replace(/\s+/g, " ").slice(0, 100);
  if (key.includes(marker)) continue;
  const r = rows.get(key) ?? { parse: 0, bind: 0, execute: 0, count: 0 };
  if (phase === "statement" || phase === "execute") r.count++;
  r[phase === "statement" ? "execute" : phase] += Number(ms);
  rows.set(key, r);
}
const perOrder = (n: number) => (n / N).toFixed(3);
const all = [...rows.values()].reduce((a, r) => ({ parse: a.parse + r.parse, bind: a.bind + r.bind, execute: a.execute + r.execute, count: a.count + r.count }), { parse: 0, bind: 0, execute: 0, count: 0 });
console.log(`bench:statements · ${N} orders · per order: ${(all.count / N).toFixed(1)} statements · parse ${perOrder(all.parse)} ms · bind ${perOrder(all.bind)} ms · execute ${perOrder(all.execute)} ms (server time, from ${logFile})`);
for (const [query, r] of [...rows].sort((a, b) => b[1].parse + b[1].bind + b[1].execute - (a[1].parse + a[1].bind + a[1].execute))) {
  if (r.count < N / 2) continue; // the token audit flush and other once-per-run rows
  console.log(`${(r.count / N).toFixed(1)}× parse ${perOrder(r.parse)} · bind ${perOrder(r.bind)} · execute ${perOrder(r.execute)} ms  ${query}`);
}
process.exit(0);
