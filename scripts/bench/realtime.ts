// bench:realtime — commit → pusher-js through the outbox, the dispatcher, the official SDK and the
// local Pusher-protocol server, beside the floor: a raw SDK trigger → pusher-js on the same
// connection. Prints figures, asserts nothing.
//   npm run bench:realtime   (in-memory PGlite unless DATABASE_URL is set; BENCH_SHORT=1 for CI)
import { performance } from "node:perf_hooks";
import { fmt, load, pct, short } from "./stats";

process.env.PGLITE_DATA_DIR ??= "memory://";
const ROUNDS = short ? 2 : 5;
const PER_ROUND = short ? 20 : 100;

// The same local Pusher server and clients the tests use.
const { startAppPusher } = await import("@/lib/testing/realtime-env");
const { ClientPool, sdkFor } = await import("@/lib/testing/local-pusher");
const server = await startAppPusher();

const { migrateDb } = await import("@/lib/db/migrate");
const { closeDb, dbHandle } = await import("@/lib/db/client");
const { testBooking, testHotel } = await import("@/lib/testing/fixtures");
const { transaction } = await import("@/lib/db/transaction");
const { recordEvents } = await import("@/lib/realtime/outbox");
const { event } = await import("@/lib/realtime/events");
const { guestBookingChannel, guestUserId } = await import("@/lib/realtime/channels");
const { stopOutboxSweeper } = await import("@/lib/realtime/dispatcher");

await migrateDb();
const hotel = await testHotel("Bench Hotel");
const booking = await testBooking(hotel);
const sdk = sdkFor(server);
const channelName = guestBookingChannel(booking.reference);
console.log(`bench:realtime · engine ${dbHandle().engine} · ${load()}`);

// Signed in as the booking's guest, as the portal does.
const pool = new ClientPool(() => server, () => sdk);
const client = pool.client({ user: { id: guestUserId(booking.reference) } });
client.signin();
const channel = client.subscribe(channelName);
await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));

/** Time from `send` starting to the event with this marker reaching pusher-js. */
async function oneEvent(marker: string, send: () => Promise<unknown>): Promise<number> {
  const got = new Promise<void>((resolve) => {
    const on = (data: { fields?: string[] }) => {
      if (!data.fields?.includes(marker)) return;
      channel.unbind("booking.updated", on);
      resolve();
    };
    channel.bind("booking.updated", on);
  });
  const t = performance.now();
  await send();
  await got;
  return performance.now() - t;
}

let n = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const side: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < PER_ROUND; i++) {
    const e = event("booking.updated", [channelName], { booking_id: booking.reference, fields: [`m-${++n}`] });
    // Alternating, so the machine's drift hits both alike.
    floor.push(await oneEvent(`m-${n}`, () => sdk.trigger(channelName, e.name, { ...e.payload, event_id: `raw-${n}`, created_at: new Date().toISOString() })));
    const f = event("booking.updated", [channelName], { booking_id: booking.reference, fields: [`m-${++n}`] });
    side.push(await oneEvent(`m-${n}`, () => transaction((tx) => recordEvents(tx, [f]))));
  }
  console.log(`round ${round}: commit → pusher-js ${fmt(side)}`);
  console.log(`round ${round}: raw trigger → pusher-js ${fmt(floor)}`);
  console.log(`round ${round}: ratio p50 ${(pct(side, 50) / pct(floor, 50)).toFixed(2)} · p99 ${(pct(side, 99) / pct(floor, 99)).toFixed(2)} · ${load()}`);
}

client.disconnect();
stopOutboxSweeper();
await server.close();
await closeDb();
process.exit(0);
