import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { hotels, staffMemberships, staffUsers, type Hotel, type StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type Membership = { hotelId: string; slug: string; name: string; role: StaffRole };

export type StaffContext = {
  staff: { id: string; name: string; email: string };
  hotel: Hotel;
  role: StaffRole;
  memberships: Membership[];
};

/**
 * Loads the signed-in staff member and their current hotel from the DB (never from the session),
 * so a deactivation or role change applies on the very next request. The preferred hotel (from
 * the console cookie) only counts if the person still works there; otherwise the first one.
 */
export async function loadStaffContext(opts: { staffId: string; preferredHotelSlug?: string | null }): Promise<StaffContext | null> {
  const db = getDb();
  const [staff] = await db
    .select({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, opts.staffId), eq(staffUsers.active, true)));
  if (!staff) return null;
  const rows = await db
    .select({ hotel: hotels, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(hotels, eq(hotels.id, staffMemberships.hotelId))
    .where(eq(staffMemberships.staffId, staff.id))
    .orderBy(asc(hotels.name));
  const current = rows.find((r) => r.hotel.slug === opts.preferredHotelSlug) ?? rows[0];
  if (!current) return null;
  return {
    staff,
    hotel: current.hotel,
    role: current.role,
    memberships: rows.map((r) => ({ hotelId: r.hotel.id, slug: r.hotel.slug, name: r.hotel.name, role: r.role })),
  };
}

/** Throws FORBIDDEN unless the context's role in its current hotel is one of `roles`. */
export function assertRole(ctx: StaffContext, roles: readonly StaffRole[]): void {
  if (!roles.includes(ctx.role)) throw new AppError("FORBIDDEN", "Your role does not allow this");
}
