// Prints figures, asserts nothing: token validation latency and commit-to-client event latency
// through the outbox, the official SDK, the local Pusher-protocol server and pusher-js.
// npm run bench   (in-memory PGlite unless DATABASE_URL is set; react-server conditions let it load
// server-only modules)
import { performance } from "node:perf_hooks";

process.env.PGLITE_DATA_DIR ??= "memory://";

// The same local Pusher server and clients the tests use.
const { startAppPusher } = await import("@/lib/realtime/realtime-env.test-helper");
const { ClientPool, sdkFor } = await import("@/lib/realtime/local-server/test-helpers");
const server = await startAppPusher();

const { migrateDb } = await import("@/lib/db/migrate");
const { closeDb, dbHandle } = await import("@/lib/db/client");
const { testBooking, testHotel, testLink } = await import("@/lib/testing/fixtures");
const { validateToken, flushTokenAudit } = await import("@/lib/tokens/validate");
const { transaction } = await import("@/lib/db/transaction");
const { recordEvents } = await import("@/lib/realtime/outbox");
const { event } = await import("@/lib/realtime/events");
const { guestBookingChannel, guestUserId } = await import("@/lib/realtime/channels");
const { stopOutboxSweeper } = await import("@/lib/realtime/dispatcher");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms · p95 ${pct(xs, 95).toFixed(2)} ms · max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length})`;

await migrateDb();
const hotel = await testHotel("Bench Hotel");
const booking = await testBooking(hotel);
const { raw } = await testLink(hotel, booking);

const validations: number[] = [];
for (let i = 0; i < 500; i++) {
  const t = performance.now();
  const r = await validateToken(raw, { hotelSlug: hotel.slug, scope: "view" });
  validations.push(performance.now() - t);
  if (!r.ok) throw new Error("validation failed");
}
await flushTokenAudit();
console.log(`engine: ${dbHandle().engine}`);
console.log(`validateToken: ${fmt(validations)}`);

// Signed in as the booking's guest, as the portal does: the local server holds guest channels until then.
const pool = new ClientPool(() => server, () => sdkFor(server));
const client = pool.client({ user: { id: guestUserId(booking.reference) } });
client.signin();
const channel = client.subscribe(guestBookingChannel(booking.reference));
await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));

const latencies: number[] = [];
for (let i = 0; i < 100; i++) {
  const got = new Promise<void>((resolve) => channel.bind("booking.updated", () => (channel.unbind("booking.updated"), resolve())));
  const t = performance.now();
  await transaction((tx) => recordEvents(tx, [event("booking.updated", [guestBookingChannel(booking.reference)], { booking_id: booking.reference, fields: [`bench-${i}`] })]));
  await got;
  latencies.push(performance.now() - t);
}
console.log(`commit → pusher-js event: ${fmt(latencies)}`);

client.disconnect();
stopOutboxSweeper();
await server.close();
await closeDb();
process.exit(0);
