import type { OutboxEvent } from "@/lib/db/schema";
import { guestUserId, staffUserId } from "./channels";
import { shapeProblems } from "./event-shape";
import { eventSchemas, type EventName, type EventPayload } from "./events";
import { getPusher } from "./pusher-server";

// What an event does beyond its message, applied by the dispatcher once Pusher has taken it.
// Anything that takes live access away (a link revoked, a stay ended, a staff member's access
// changed) ends the user's signed-in connections here; clients still entitled to something
// reconnect and channel auth decides afresh. One table, not a special case per event.

export type SideEffect = { terminateUser: string };

type Table = { [N in EventName]?: (payload: EventPayload<N>) => SideEffect[] };

export const SIDE_EFFECTS: Table = {
  // Revocation and cancellation (which revokes every link) end the booking's guest connections.
  "booking.link_revoked": (p) => [{ terminateUser: guestUserId(p.booking_id) }],
  // Check-out ends chat and room service at once; the status page may reconnect for the booking channel.
  "booking.checked_out": (p) => [{ terminateUser: guestUserId(p.booking_id) }],
  // Deactivated, removed from a hotel or a new role: re-authorise every channel from scratch.
  "staff.access_changed": (p) => [{ terminateUser: staffUserId(p.staff_id) }],
};

/** The effects an outbox row calls for (none for events without an entry, or with a malformed payload). */
export function sideEffectsOf(row: Pick<OutboxEvent, "name" | "payload">): SideEffect[] {
  const name = row.name as EventName;
  const effect = SIDE_EFFECTS[name] as ((p: unknown) => SideEffect[]) | undefined;
  if (!effect) return [];
  return shapeProblems(eventSchemas[name], row.payload).length === 0 ? effect(row.payload) : [];
}

export async function applySideEffects(row: Pick<OutboxEvent, "name" | "payload">): Promise<void> {
  const effects = sideEffectsOf(row);
  if (effects.length === 0) return;
  const pusher = getPusher();
  if (!pusher) return;
  for (const effect of effects) await pusher.terminateUserConnections(effect.terminateUser);
}
