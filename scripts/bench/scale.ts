// bench:scale — the staff queue and token validation with many past rows, side by side with a
// seed-sized hotel. Prints figures, asserts nothing.
//   npm run bench:scale                  (PGlite in memory; DATABASE_URL=… for PostgreSQL)
//   BENCH_ORDERS=1000000 BENCH_LINKS=1000000 (the defaults) · BENCH_SHORT=1 (CI: 5,000 of each)
// The two hotels share one database, so a query that does not lead with the hotel (or misses an
// index) shows as a ratio above 1; calls go through the domain functions the route handlers call
// (the HTTP layer adds the same constant to both sides, so the ratio here is the stricter one).
import { performance } from "node:perf_hooks";
import { fmt, load, median, roundRow, short, timed } from "./stats";

process.env.PGLITE_DATA_DIR ??= "memory://";
const N_ORDERS = Number(process.env.BENCH_ORDERS ?? (short ? 5_000 : 1_000_000));
const N_LINKS = Number(process.env.BENCH_LINKS ?? (short ? 5_000 : 1_000_000));
const ROUNDS = short ? 2 : 5;
const REPS = short ? 5 : 30;

const { migrateDb } = await import("@/lib/db/migrate");
const { closeDb, dbHandle, getDb } = await import("@/lib/db/client");
const { sql, eq } = await import("drizzle-orm");
const { hotels } = await import("@/lib/db/schema");
const { testBooking, testHotel, testLink } = await import("@/lib/testing/fixtures");
const { listStaffOrders } = await import("@/lib/orders/staff-orders");
const { staffOrderFiltersSchema } = await import("@/lib/orders/schemas");
const { validateToken, flushTokenAudit } = await import("@/lib/tokens/validate");
const { stopOutboxSweeper } = await import("@/lib/realtime/dispatcher");

await migrateDb();
const db = getDb();
console.log(`bench:scale · engine ${dbHandle().engine} · ${N_ORDERS.toLocaleString("en")} past orders · ${N_LINKS.toLocaleString("en")} links · ${load()}`);

async function hotelWith(name: string) {
  const h = await testHotel(name);
  const booking = await testBooking(h);
  const link = await testLink(h, booking);
  const [hotel] = await db.select().from(hotels).where(eq(hotels.id, h.id));
  return { hotel: hotel!, booking, raw: link.raw };
}
const small = await hotelWith("Seed-sized Hotel");
const big = await hotelWith("Busy Hotel");
const ctx = (h: typeof small) => ({ hotel: h.hotel, role: "ADMIN" as const, staff: { id: "00000000-0000-0000-0000-000000000000", name: "Bench", email: "bench@example.invalid" } });

/** Past bookings and delivered orders with one line each, spread over two years, plus a few open ones today. */
async function fill(h: typeof small, count: number) {
  const bookingsCount = Math.max(1, Math.min(5_000, Math.ceil(count / 200)));
  await db.execute(sql`
    insert into bookings (hotel_id, reference, primary_guest_name, check_in_date, check_out_date, status)
    select ${h.hotel.id}, ${`BK-B${h.hotel.slug}-`} || g, 'Past guest ' || g, current_date - 800 + (g % 790), current_date - 797 + (g % 790), 'CONFIRMED'
    from generate_series(1, ${bookingsCount}::int) g`);
  for (let done = 0; done < count; done += 200_000) {
    const n = Math.min(200_000, count - done);
    await db.execute(sql`
      with b as (select array_agg(id) ids from bookings where hotel_id = ${h.hotel.id} and reference like ${`BK-B${h.hotel.slug}-%`})
      insert into orders (hotel_id, booking_id, type, status, currency, subtotal_minor, total_minor, created_at, updated_at, accepted_at, delivered_at)
      select ${h.hotel.id}, b.ids[1 + (g % ${bookingsCount}::int)], case when g % 5 = 0 then 'BREAKFAST'::order_type else 'ROOM_SERVICE'::order_type end,
             case when g % 17 = 0 then 'CANCELLED'::order_status else 'DELIVERED'::order_status end, 'EUR', 1850, 1850,
             now() - interval '1 day' - (g * interval '60 seconds'), now() - interval '1 day' - (g * interval '60 seconds'),
             now() - interval '1 day' - (g * interval '60 seconds') + interval '3 minutes', now() - interval '1 day' - (g * interval '60 seconds') + interval '30 minutes'
      from b, generate_series(${done + 1}::int, ${done + n}::int) g`);
  }
  await db.execute(sql`
    insert into order_lines (order_id, position, name, quantity, unit_price_minor, line_total_minor)
    select id, 0, 'Club sandwich', 1, 1850, 1850 from orders o where o.hotel_id = ${h.hotel.id} and not exists (select 1 from order_lines l where l.order_id = o.id)`);
  // Today's open orders, on the guest's live booking: the kitchen's and the queue's default lists.
  await db.execute(sql`
    insert into orders (hotel_id, booking_id, type, status, currency, subtotal_minor, total_minor)
    select ${h.hotel.id}, ${h.booking.id}, 'ROOM_SERVICE', 'PENDING', 'EUR', 1850, 1850 from generate_series(1, 8)`);
}

async function fillLinks(h: typeof small, count: number) {
  for (let done = 0; done < count; done += 250_000) {
    const n = Math.min(250_000, count - done);
    await db.execute(sql`
      insert into guest_booking_tokens (booking_id, hotel_id, token_hash, purpose, expires_at)
      select ${h.booking.id}, ${h.hotel.id}, md5('a' || g) || md5('b' || g), 'FULL_ACCESS', now() + interval '30 days'
      from generate_series(${done + 1}::int, ${done + n}::int) g`);
  }
}

// The query strings the console and the kitchen send, parsed as the route handler parses them.
const filtersOf = (query: string) => staffOrderFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
const QUERIES = {
  "all, newest first (page 1)": filtersOf(""),
  "open (the queue's default)": filtersOf("status=open"),
  "kitchen: open room service": filtersOf("status=open&type=ROOM_SERVICE"),
  "delivered, newest first": filtersOf("status=DELIVERED"),
  "one past day": filtersOf(`date=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}`),
};

async function queueFigures(label: string) {
  // The second page of the newest-first list, from the cursor the first page gave.
  const cursor = async (h: typeof small) => (await listStaffOrders(ctx(h), filtersOf(""))).next_cursor ?? undefined;
  const cursors = { small: await cursor(small), big: await cursor(big) };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, filters] of [...Object.entries(QUERIES), ["page 2 (cursor)", null] as const]) {
      const side: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < REPS; i++) {
        // Alternating, so drift in the machine's load hits both sides alike.
        floor.push(await timed(() => listStaffOrders(ctx(small), filters ?? filtersOf(`before=${cursors.small}`))));
        side.push(await timed(() => listStaffOrders(ctx(big), filters ?? filtersOf(`before=${cursors.big}`))));
      }
      roundRow(`${label} queue ${name}`, round, median(side), median(floor));
    }
    // Ten agents at once: the wall time of ten concurrent first pages.
    const wall = async (h: typeof small) => timed(() => Promise.all(Array.from({ length: 10 }, () => listStaffOrders(ctx(h), filtersOf("")))));
    const walls = { side: [] as number[], floor: [] as number[] };
    for (let i = 0; i < Math.ceil(REPS / 3); i++) {
      walls.floor.push(await wall(small));
      walls.side.push(await wall(big));
    }
    roundRow(`${label} queue 10 concurrent (wall)`, round, median(walls.side), median(walls.floor));
  }
}

async function tokenFigures(label: string) {
  const xs: number[] = [];
  for (let i = 0; i < REPS * 10; i++) {
    const t = performance.now();
    const r = await validateToken(big.raw, { hotelSlug: big.hotel.slug, scope: "view" });
    xs.push(performance.now() - t);
    if (!r.ok) throw new Error("validation failed");
  }
  await flushTokenAudit();
  console.log(`${label} validateToken: ${fmt(xs)} · ${load()}`);
  return median(xs);
}

const tokensBefore = await tokenFigures("before the fill:");
let t = performance.now();
await fill(small, 200);
await fill(big, N_ORDERS);
await fillLinks(big, N_LINKS);
await db.execute(sql`analyze`);
console.log(`filled in ${((performance.now() - t) / 1000).toFixed(1)} s · ${load()}`);
const tokensAfter = await tokenFigures(`with ${N_LINKS.toLocaleString("en")} links:`);
console.log(`validateToken ratio (with links ÷ before): ${(tokensAfter / tokensBefore).toFixed(2)}`);
t = performance.now();
await queueFigures(`${N_ORDERS.toLocaleString("en")} ÷ 200 orders:`);
console.log(`queue rounds took ${((performance.now() - t) / 1000).toFixed(1)} s`);

await stopOutboxSweeper();
await closeDb();
process.exit(0);
