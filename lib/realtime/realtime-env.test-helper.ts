import { resetEnvCache } from "@/lib/env";
import { resetPusher } from "./pusher-server";
import { APP } from "./local-server/test-helpers";

/** Points this test process's Pusher SDK at a local server (or only sets the keys, for signing). */
export function usePusherEnv(port = 6999): void {
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
