import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { staffMemberships, staffUsers } from "@/lib/db/schema";
import { presentStaffIds } from "@/lib/realtime/staff-online";

/**
 * How many people who can answer the chat have a console of this hotel open (the seed's
 * `staff_online`): present on the staff presence channel AND an active ADMIN or FRONT_DESK member
 * here. The kitchen shares the presence channel but never answers a guest, so it does not count.
 */
export async function deskOnline(hotel: { id: string; slug: string }): Promise<number> {
  const ids = await presentStaffIds(hotel.slug);
  if (ids.length === 0) return 0;
  const [row] = await getDb()
    .select({ n: count() })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(and(eq(staffMemberships.hotelId, hotel.id), inArray(staffMemberships.staffId, ids), inArray(staffMemberships.role, [...GUEST_DESK_ROLES]), eq(staffUsers.active, true)));
  return Number(row?.n ?? 0);
}
