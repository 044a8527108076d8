import { resetEnvCache } from "@/lib/env";
import { resetPusher } from "@/lib/realtime/pusher-server";
import type { LocalPusherServer } from "@/lib/realtime/local-server/server";
import { APP, startTestServer } from "./local-pusher";

/** Points this test process's Pusher SDK at a local server (or only sets the keys, for signing). */
export function pointPusherEnv(port = 6999): void {
  Object.assign(process.env, {
    PUSHER_APP_ID: APP.appId,
    PUSHER_KEY: APP.key,
    PUSHER_SECRET: APP.secret,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(port),
    PUSHER_USE_TLS: "false",
  });
  resetEnvCache();
  resetPusher();
}

/**
 * The one way tests and the bench start a local Pusher server for the app's own code: on a free
 * port (or the given one, to bring a stopped server back), with the app's SDK pointed at it.
 */
export async function startAppPusher(port = 0): Promise<LocalPusherServer> {
  const server = await startTestServer({ port });
  pointPusherEnv(server.port);
  return server;
}
