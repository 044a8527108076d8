import "server-only";
import { transaction } from "@/lib/db/transaction";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { hotels, staffInvitations, staffMemberships, staffUsers } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** Invitations this hotel has sent that wait for an answer (only the email the admin typed is shown). */
export async function listHotelInvitations(opts: { hotelId: string }) {
  return getDb()
    .select({ id: staffInvitations.id, email: staffUsers.email, role: staffInvitations.role, since: staffInvitations.createdAt })
    .from(staffInvitations)
    .innerJoin(staffUsers, eq(staffUsers.id, staffInvitations.staffId))
    .where(eq(staffInvitations.hotelId, opts.hotelId))
    .orderBy(asc(staffUsers.email));
}

/** Invitations waiting for this signed-in person. */
export async function listMyInvitations(opts: { staffId: string }) {
  return getDb()
    .select({ id: staffInvitations.id, hotelName: hotels.name, role: staffInvitations.role, since: staffInvitations.createdAt })
    .from(staffInvitations)
    .innerJoin(hotels, eq(hotels.id, staffInvitations.hotelId))
    .where(eq(staffInvitations.staffId, opts.staffId))
    .orderBy(asc(hotels.name));
}

/** The invitee joins the hotel with the offered role; someone else's invitation is NOT_FOUND. */
export async function acceptInvitation(opts: { staffId: string; invitationId: string }) {
  return transaction(async (tx) => {
    const [inv] = await tx
      .delete(staffInvitations)
      .where(and(eq(staffInvitations.id, opts.invitationId), eq(staffInvitations.staffId, opts.staffId)))
      .returning();
    if (!inv) throw new AppError("NOT_FOUND", "Invitation not found");
    await tx.insert(staffMemberships).values({ staffId: inv.staffId, hotelId: inv.hotelId, role: inv.role }).onConflictDoNothing();
    const [hotel] = await tx.select({ slug: hotels.slug }).from(hotels).where(eq(hotels.id, inv.hotelId));
    return { hotelSlug: hotel?.slug ?? null };
  });
}

export async function declineInvitation(opts: { staffId: string; invitationId: string }) {
  const gone = await getDb()
    .delete(staffInvitations)
    .where(and(eq(staffInvitations.id, opts.invitationId), eq(staffInvitations.staffId, opts.staffId)))
    .returning({ id: staffInvitations.id });
  if (gone.length === 0) throw new AppError("NOT_FOUND", "Invitation not found");
}

/** The inviting hotel takes its invitation back. */
export async function withdrawInvitation(opts: { hotelId: string; invitationId: string }) {
  const gone = await getDb()
    .delete(staffInvitations)
    .where(and(eq(staffInvitations.id, opts.invitationId), eq(staffInvitations.hotelId, opts.hotelId)))
    .returning({ id: staffInvitations.id });
  if (gone.length === 0) throw new AppError("NOT_FOUND", "Invitation not found");
}
