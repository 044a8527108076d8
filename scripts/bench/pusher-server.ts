// A standalone local Pusher-protocol server in a process of its own, so bench:soak can kill -9 it
// and start it again on the same port while the app keeps running. Not for production use.
//   tsx scripts/bench/pusher-server.ts <port>   (0 = any free port; app id, key and secret from SOAK_PUSHER_* or the soak's)
// Prints one line, "listening <port>", once it accepts connections.
import { startLocalPusherServer } from "@/lib/realtime/local-server/server";
import { SOAK_PUSHER as DEFAULTS } from "./soak/realtime-process";

const SOAK_PUSHER = {
  appId: process.env.SOAK_PUSHER_APP_ID ?? DEFAULTS.appId,
  key: process.env.SOAK_PUSHER_KEY ?? DEFAULTS.key,
  secret: process.env.SOAK_PUSHER_SECRET ?? DEFAULTS.secret,
};

const port = Number(process.argv[2] ?? process.env.SOAK_PUSHER_PORT ?? 0);
if (!Number.isInteger(port) || port < 0) throw new Error(`bad port ${process.argv[2]}`);

const server = await startLocalPusherServer({
  ...SOAK_PUSHER,
  host: "127.0.0.1",
  port,
  // Every simulated browser connects from 127.0.0.1; the default cap of 100 per address would turn the 200 guests away.
  maxConnectionsPerAddress: 10_000,
});
console.log(`listening ${server.port}`);

const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
