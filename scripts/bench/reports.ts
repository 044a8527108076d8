// bench:reports — the manager's 30-day report on a hotel with a long history. Prints figures and
// the plans PostgreSQL chose, asserts nothing.
//   DATABASE_URL=… npm run bench:reports   (PostgreSQL; without it PGlite in memory)
//   BENCH_ORDERS=1000000 BENCH_MESSAGES=1000000 (the defaults) · BENCH_SHORT=1 (20,000 of each, seconds)
// The history spans two years, so a 30-day report reads about 4 % of it: the time and the plans
// show whether the queries follow the hotel's indexes or read the whole history.
import { performance } from "node:perf_hooks";
import type { SQL } from "drizzle-orm";
import { fmt, load, median, short, timed } from "./stats";

process.env.PGLITE_DATA_DIR ??= "memory://";
const N_ORDERS = Number(process.env.BENCH_ORDERS ?? (short ? 20_000 : 1_000_000));
const N_MESSAGES = Number(process.env.BENCH_MESSAGES ?? (short ? 20_000 : 1_000_000));
const PER_CONVERSATION = 20;
const REPS = short ? 3 : 10;
const DAYS = 730;

const { migrateDb } = await import("@/lib/db/migrate");
const { closeDb, dbHandle, getDb } = await import("@/lib/db/client");
const { sql, eq } = await import("drizzle-orm");
const { hotels, requestTypes } = await import("@/lib/db/schema");
const { testHotel } = await import("@/lib/testing/fixtures");
const { fullReport, reportSection, REPORT_SECTIONS } = await import("@/lib/reports/report");
const { resolveRange, reportRangeSchema } = await import("@/lib/reports/range");
const { roomServiceReport } = await import("@/lib/reports/room-service");
const { breakfastReport } = await import("@/lib/reports/breakfast");
const { chatReport } = await import("@/lib/reports/chat");
const { requestsReport } = await import("@/lib/reports/requests");
const { busiestHoursReport } = await import("@/lib/reports/busiest-hours");
const { reportScope } = await import("@/lib/reports/sql");
const { stopOutboxSweeper } = await import("@/lib/realtime/dispatcher");

await migrateDb();
const db = getDb();
const engine = dbHandle().engine;
console.log(`bench:reports · engine ${engine} · ${N_ORDERS.toLocaleString("en")} past orders · ${N_MESSAGES.toLocaleString("en")} chat messages over ${DAYS} days · ${load()}`);

const created = await testHotel("Busy Report Hotel", "Europe/Lisbon");
// A neighbour with a little history: its rows share the tables and must cost the big hotel nothing.
const neighbour = await testHotel("Quiet Neighbour", "Europe/Lisbon");
const [hotel] = await db.select().from(hotels).where(eq(hotels.id, created.id));
const [staff] = await db.execute(sql`insert into staff_users (email, name, password_hash) values (${`bench-${created.slug}@example.invalid`}, 'Bench Desk', 'x') returning id`).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { id: string }[] }).rows) as { id: string }[]);

async function fill(hotelId: string, slug: string, orderCount: number, messageCount: number) {
  const conversationsCount = Math.max(1, Math.ceil(messageCount / PER_CONVERSATION));
  const bookingsCount = Math.max(conversationsCount, Math.ceil(orderCount / 20));
  // Stays spread over the history; one conversation per booking (the schema's rule).
  await db.execute(sql`
    insert into bookings (hotel_id, reference, primary_guest_name, check_in_date, check_out_date, status, created_at)
    select ${hotelId}, ${`BR${slug}-`} || g, 'Past guest ' || g, current_date - ${DAYS}::int + (g * ${DAYS}::int / ${bookingsCount}::int), current_date - ${DAYS}::int + 2 + (g * ${DAYS}::int / ${bookingsCount}::int), 'CONFIRMED', now() - interval '800 days'
    from generate_series(1, ${bookingsCount}::int) g`);
  const step = (DAYS * 86_400) / orderCount; // seconds between orders
  for (let done = 0; done < orderCount; done += 200_000) {
    const n = Math.min(200_000, orderCount - done);
    // Deterministic variety from the row number: 1 in 5 breakfast, 1 in 17 cancelled, times spread.
    await db.execute(sql`
      with b as (select array_agg(id order by id) ids from bookings where hotel_id = ${hotelId})
      insert into orders (hotel_id, booking_id, type, status, currency, subtotal_minor, total_minor, created_at, updated_at, accepted_at, delivered_at, promised_at, cancelled_at, cancel_reason, cancelled_by, delivery_date, time_slot, guests)
      select ${hotelId}, b.ids[1 + (g % array_length(b.ids, 1))], o.type, o.status, 'EUR', 1850, 1850, o.at, o.at,
             o.at + ((g::bigint * 7919) % 600) * interval '1 second',
             case when o.status = 'DELIVERED' then o.at + (900 + (g::bigint * 104729) % 2700) * interval '1 second' end,
             o.at + interval '35 minutes',
             case when o.status = 'CANCELLED' then o.at + interval '5 minutes' end,
             case when o.status = 'CANCELLED' then (array['Item sold out', 'Kitchen closed early', 'Changed my mind'])[1 + g % 3] end,
             case when o.status = 'CANCELLED' then 'STAFF' end,
             case when o.type = 'BREAKFAST' then (o.at at time zone 'Europe/Lisbon')::date + 1 end,
             case when o.type = 'BREAKFAST' then (array['07:00', '07:30', '08:00', '08:30', '09:00', '09:30', '10:00'])[1 + g % 7] end,
             case when o.type = 'BREAKFAST' then 1 + g % 3 end
      from b, generate_series(${done + 1}::int, ${done + n}::int) g
      cross join lateral (select now() - (g * ${step}::float8) * interval '1 second' as at,
        case when g % 5 = 0 then 'BREAKFAST'::order_type else 'ROOM_SERVICE'::order_type end as type,
        case when g % 17 = 0 then 'CANCELLED'::order_status else 'DELIVERED'::order_status end as status) o`);
  }
  // Conversations over the history, each a guest message and staff reply in turn, minutes apart.
  const convStep = (DAYS * 86_400) / conversationsCount;
  await db.execute(sql`
    insert into conversations (hotel_id, booking_id, status, created_at, last_message_at, last_activity_at)
    select ${hotelId}, id, case when rn % 5 = 0 then 'OPEN'::conversation_status else 'RESOLVED'::conversation_status end,
           now() - (rn * ${convStep}::float8) * interval '1 second',
           now() - (rn * ${convStep}::float8) * interval '1 second' + ${PER_CONVERSATION * 5 + 4}::int * interval '1 minute',
           now() - (rn * ${convStep}::float8) * interval '1 second' + ${PER_CONVERSATION * 5 + 30}::int * interval '1 minute'
    from (select id, row_number() over (order by id) rn from bookings where hotel_id = ${hotelId} limit ${conversationsCount}::int) x`);
  for (let done = 0; done < conversationsCount; done += 20_000) {
    // In time order per conversation (ids grow with time, as the app writes them).
    await db.execute(sql`
      insert into chat_messages (conversation_id, sender, staff_id, body, created_at)
      select c.id, case when s % 2 = 1 then 'GUEST'::chat_sender else 'STAFF'::chat_sender end, case when s % 2 = 0 then ${staff!.id}::uuid end,
             'Message ' || s, c.created_at + (s * 5 + case when s % 2 = 0 then (c.rn * 31) % 5 else 0 end) * interval '1 minute'
      from (select id, created_at, row_number() over (order by created_at desc) rn from conversations where hotel_id = ${hotelId} order by created_at desc offset ${done}::int limit 20000) c
      cross join generate_series(1, ${PER_CONVERSATION}::int) s
      order by c.created_at, s`);
  }
  const [type] = await db.select().from(requestTypes).where(eq(requestTypes.hotelId, hotelId)).limit(1);
  if (type) {
    await db.execute(sql`
      with b as (select array_agg(id) ids from bookings where hotel_id = ${hotelId})
      insert into service_requests (hotel_id, booking_id, type_id, kind, department, type_name, status, promised_at, acknowledged_at, done_at, created_at)
      select ${hotelId}, b.ids[1 + (g % array_length(b.ids, 1))], ${type.id}, ${type.kind}, ${type.department}, ${type.name}, 'DONE',
             a.at + interval '30 minutes', a.at + ((g::bigint * 7919) % 3000) * interval '1 second', a.at + interval '50 minutes', a.at
      from b, generate_series(1, ${Math.ceil(orderCount / 50)}::int) g
      cross join lateral (select now() - (g * ${step * 50}::float8) * interval '1 second' as at) a`);
  }
}

const t = performance.now();
await fill(hotel!.id, hotel!.slug, N_ORDERS, N_MESSAGES);
await fill(neighbour.id, neighbour.slug, Math.ceil(N_ORDERS / 100), Math.ceil(N_MESSAGES / 100));
await db.execute(sql`analyze`);
console.log(`filled in ${((performance.now() - t) / 1000).toFixed(1)} s · ${load()}`);

const input = reportRangeSchema.parse({ range: "30d" });
const range = resolveRange(input, hotel!.timezone);
await fullReport(hotel!, input); // warm the caches and the statements once
const whole: number[] = [];
for (let i = 0; i < REPS; i++) whole.push(await timed(() => fullReport(hotel!, input)));
console.log(`30-day report, all five sections: ${fmt(whole)}`);
for (const section of REPORT_SECTIONS) {
  const xs: number[] = [];
  for (let i = 0; i < REPS; i++) xs.push(await timed(() => reportSection(hotel!, range, section)));
  console.log(`  ${section.padEnd(14)} p50 ${median(xs).toFixed(2)} ms (n=${xs.length})`);
}
const r = await fullReport(hotel!, input);
console.log(`30-day figures: ${r["room-service"].total.orders} room-service orders, ${r.breakfast.total.covers} breakfast covers, ${r.chat.total.conversations} conversations, ${r.requests.total.requests} requests`);

// The plans: each section's queries run under EXPLAIN ANALYZE through a stand-in for the database.
const plans: string[] = [];
const explaining = {
  execute: async (query: SQL) => {
    const at = plans.push("") - 1; // in call order, whatever order the answers come in
    const res = (await db.execute(sql`explain (analyze, costs off, timing off, summary on) ${query}`)) as unknown as Record<string, string>[] | { rows: Record<string, string>[] };
    plans[at] = (Array.isArray(res) ? res : res.rows).map((row) => Object.values(row)[0]).join("\n");
    return [];
  },
} as unknown as Parameters<typeof roomServiceReport>[0];
const scope = reportScope(hotel!.id, range);
await roomServiceReport(explaining, scope, range.days);
await breakfastReport(explaining, scope, range.days, hotel!.breakfastServingEnd);
await chatReport(explaining, scope, range.days);
await requestsReport(explaining, scope);
await busiestHoursReport(explaining, scope);
const names = ["room service: per day", "room service: revenue", "room service: cancellations", "breakfast", "chat", "requests", "busiest hours"];
plans.forEach((p, i) => {
  const seq = /Seq Scan on (orders|chat_messages|conversations|service_requests)\b/.test(p);
  console.log(`\n-- EXPLAIN ${names[i] ?? i}${seq ? " (reads a whole table!)" : ""}\n${p}`);
});

await stopOutboxSweeper();
await closeDb();
process.exit(0);
