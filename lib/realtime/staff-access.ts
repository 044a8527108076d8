import type { Tx } from "@/lib/db/client";
import { event } from "./events";
import { recordEvents } from "./outbox";

export type StaffAccessChange = "deactivated" | "removed" | "role_changed";

/**
 * Records, in the caller's transaction, that a staff member's access changed. After the commit the
 * dispatcher ends their live connections (lib/realtime/side-effects.ts); their console reconnects
 * and channel auth grants only what they may still see.
 */
export async function recordStaffAccessChanged(tx: Tx, input: { staffId: string; hotelId: string; change: StaffAccessChange }): Promise<void> {
  await recordEvents(tx, [event("staff.access_changed", [], { staff_id: input.staffId, hotel_id: input.hotelId, change: input.change })]);
}
