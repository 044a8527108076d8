import type Pusher from "pusher";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { LocalPusherOptions, LocalPusherServer } from "@/lib/realtime/local-server/server";
import { ClientPool, sdkFor, startTestServer } from "./local-pusher";

// Apart from local-pusher.ts so that scripts using its clients outside vitest (npm run bench) do not load vitest.

export type LocalPusherSuite = { readonly server: LocalPusherServer; readonly sdk: Pusher; readonly pool: ClientPool };

/**
 * One local server for the calling test file (started before its tests, closed after them), an SDK
 * signed for it, and a pool whose clients are closed after each test. Call at the top of the file.
 */
export function localPusherSuite(options: Partial<LocalPusherOptions> = {}): LocalPusherSuite {
  let server: LocalPusherServer | undefined;
  let sdk: Pusher | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the local Pusher server starts in beforeAll; use it inside hooks and tests");
    return value;
  };
  const suite: LocalPusherSuite = {
    get server() {
      return started(server);
    },
    get sdk() {
      return started(sdk);
    },
    pool: new ClientPool(() => suite.server, () => suite.sdk),
  };

  beforeAll(async () => {
    server = await startTestServer(options);
    sdk = sdkFor(server);
  });
  afterEach(() => suite.pool.closeAll());
  afterAll(async () => server?.close());
  return suite;
}
