import "server-only";
import { staffPresenceChannel } from "./channels";
import { getPusher } from "./pusher-server";

/**
 * How many staff of a hotel have a console open: the member count of its presence channel (the
 * seed's `staff_online`). 0 when realtime is off or Pusher does not answer, because callers use
 * it as a hint ("someone will reply soon"), never to refuse anything.
 */
export async function staffOnline(hotelSlug: string): Promise<number> {
  const pusher = getPusher();
  if (!pusher) return 0;
  try {
    const res = await pusher.get({ path: `/channels/${staffPresenceChannel(hotelSlug)}`, params: { info: "user_count" } });
    if (!res.ok) return 0;
    const body = (await res.json()) as { user_count?: unknown };
    return typeof body.user_count === "number" ? body.user_count : 0;
  } catch {
    return 0;
  }
}
