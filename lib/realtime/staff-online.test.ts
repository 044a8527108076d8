import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { staffPresenceChannel } from "./channels";
import { ClientPool, eventually, sdkFor, waitUntil } from "@/lib/testing/local-pusher";
import type { LocalPusherServer } from "./local-server/server";
import { resetPusher } from "./pusher-server";
import { startAppPusher, pointPusherEnv } from "@/lib/testing/realtime-env";
import { presentStaffIds } from "./staff-online";

// The count comes from the real local server through the official SDK, as in production.
describe("presentStaffIds", () => {
  let server: LocalPusherServer;
  let pool: ClientPool;
  const slug = `so${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await startAppPusher();
    pool = new ClientPool(() => server, () => sdkFor(server));
  });

  afterAll(async () => {
    pool.closeAll();
    await server.close();
  });

  const staffOnline = async (hotel: string) => (await presentStaffIds(hotel)).length;
  const A = "00000000-0000-4000-8000-00000000000a";
  const B = "00000000-0000-4000-8000-00000000000b";

  async function join(staffId: string) {
    const client = await pool.connected({ presence: { user_id: `staff-${staffId}`, user_info: { name: staffId, role: "FRONT_DESK" } } });
    const ch = client.subscribe(staffPresenceChannel(slug));
    await waitUntil(() => (ch.subscribed ? true : undefined), `${staffId} joined`);
    return client;
  }

  it("lists distinct staff members, and drops one when they leave", async () => {
    expect(await staffOnline(slug)).toBe(0);
    const a = await join(A);
    await join(B);
    // The same person in a second tab is still one member.
    await join(B);
    expect((await presentStaffIds(slug)).sort()).toEqual([A, B]);
    a.disconnect();
    // Leaving is noticed when the socket closes, a moment later.
    await eventually(async () => ((await staffOnline(slug)) === 1 ? true : undefined), "count drops to 1");
    // Another hotel's channel is its own count.
    expect(await staffOnline(`${slug}x`)).toBe(0);
  });

  it("is empty when the server does not answer", async () => {
    pointPusherEnv(1); // nothing listens on port 1
    expect(await staffOnline(slug)).toBe(0);
    pointPusherEnv(server.port);
  });

  it("is empty when realtime is not configured", async () => {
    const saved = { id: process.env.PUSHER_APP_ID };
    delete process.env.PUSHER_APP_ID;
    resetEnvCache();
    resetPusher();
    try {
      expect(await staffOnline(slug)).toBe(0);
    } finally {
      process.env.PUSHER_APP_ID = saved.id;
      resetEnvCache();
      resetPusher();
    }
  });
});
