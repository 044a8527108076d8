// Prints figures, asserts nothing: token validation latency and commit-to-client event latency
// through the outbox, the official SDK, the local Pusher-protocol server and pusher-js.
// npm run bench   (in-memory PGlite unless DATABASE_URL is set)
import PusherJS from "pusher-js";
import Pusher from "pusher";
import { performance } from "node:perf_hooks";

process.env.PGLITE_DATA_DIR ??= "memory://";
Object.assign(process.env, { PUSHER_APP_ID: "1", PUSHER_KEY: "bench-key", PUSHER_SECRET: "bench-secret", PUSHER_HOST: "127.0.0.1", PUSHER_USE_TLS: "false" });

const { startLocalPusherServer } = await import("@/lib/realtime/local-server/server");
const server = await startLocalPusherServer({ host: "127.0.0.1", port: 0, appId: "1", key: "bench-key", secret: "bench-secret" });
process.env.PUSHER_PORT = String(server.port);

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

const sdk = new Pusher({ appId: "1", key: "bench-key", secret: "bench-secret", host: "127.0.0.1", port: String(server.port), useTLS: false });
const client = new PusherJS("bench-key", {
  cluster: "local",
  wsHost: "127.0.0.1",
  wsPort: server.port,
  forceTLS: false,
  enabledTransports: ["ws"],
  channelAuthorization: { customHandler: (p, cb) => cb(null, sdk.authorizeChannel(p.socketId, p.channelName)) },
  // signed in as the booking's guest, as the portal does: the local server holds guest channels until then
  userAuthentication: { customHandler: (p, cb) => cb(null, sdk.authenticateUser(p.socketId, { id: guestUserId(booking.reference) })) },
});
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
