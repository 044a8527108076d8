import Pusher from "pusher";
import { serverPusherConfig } from "./config";

const globalForPusher = globalThis as unknown as { __guestPusher?: Pusher | null };

/** The official SDK client, one per process; null when no Pusher is configured. */
export function getPusher(): Pusher | null {
  if (globalForPusher.__guestPusher === undefined) {
    const c = serverPusherConfig();
    globalForPusher.__guestPusher = c ? new Pusher({ ...c, timeout: 5_000 }) : null;
  }
  return globalForPusher.__guestPusher;
}

/** Tests point the process at another server. */
export function resetPusher(): void {
  globalForPusher.__guestPusher = undefined;
}
