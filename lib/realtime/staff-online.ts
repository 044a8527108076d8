import "server-only";
import { staffPresenceChannel } from "./channels";
import { getPusher } from "./pusher-server";

const STAFF_USER = /^staff-([0-9a-f-]{36})$/;

/**
 * The staff ids with a console of this hotel open right now: the members of its presence channel,
 * read from Pusher. Empty when realtime is off or Pusher does not answer, because callers use it
 * as a hint ("someone will reply soon"), never to refuse anything. Which of them count (the desk,
 * not the kitchen) is the caller's rule: lib/chat/desk-online.ts.
 */
export async function presentStaffIds(hotelSlug: string): Promise<string[]> {
  const pusher = getPusher();
  if (!pusher) return [];
  try {
    const res = await pusher.get({ path: `/channels/${staffPresenceChannel(hotelSlug)}/users` });
    if (!res.ok) return [];
    const body = (await res.json()) as { users?: unknown };
    if (!Array.isArray(body.users)) return [];
    return body.users.flatMap((u: unknown) => {
      const m = STAFF_USER.exec(typeof u === "object" && u && "id" in u ? String(u.id) : "");
      return m ? [m[1]!] : [];
    });
  } catch {
    return [];
  }
}
