import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { staffInvitations, staffMemberships, staffRole, staffUsers, type StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { recordStaffAccessChanged } from "@/lib/realtime/staff-access";
import { requiredTextSchema } from "@/lib/validation/fields";
import { hashPassword } from "./password";

export const addStaffSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  name: requiredTextSchema(120, { min: 2, required: "At least 2 characters", singleLine: true }),
  role: z.enum(staffRole.enumValues, { error: "Choose a role" }),
  // Always asked for, so the form cannot tell whether the email has an account: a new account
  // gets it as its first password; an existing account keeps its own.
  password: z.string({ error: "Set a first password (at least 12 characters)" }).min(12, "At least 12 characters").max(200),
});
export type AddStaffInput = z.infer<typeof addStaffSchema>;

export const changeRoleSchema = z.object({ role: z.enum(staffRole.enumValues, { error: "Choose a role" }) });

type Actor = { staffId: string; hotelId: string };

export async function listHotelStaff(opts: { hotelId: string }) {
  return getDb()
    .select({ id: staffUsers.id, email: staffUsers.email, name: staffUsers.name, active: staffUsers.active, role: staffMemberships.role, since: staffMemberships.createdAt })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(eq(staffMemberships.hotelId, opts.hotelId))
    .orderBy(asc(staffUsers.name));
}

/**
 * Invites a person to this hotel. The email gets an account if it has none (with the first
 * password, to be handed over in person); either way the person joins only by accepting the
 * invitation after signing in, so no hotel can attach or change another hotel's staff account,
 * and the answer is the same whether or not the email was known. An account that works nowhere
 * any more (deactivated everywhere) gets the new password and is active again.
 */
export async function addStaff(actor: Actor, input: AddStaffInput): Promise<{ invited: true; email: string }> {
  // Hashed for every request (also when unused), outside the transaction and with even timing.
  const passwordHash = await hashPassword(input.password);
  await transaction(async (tx) => {
    // ON CONFLICT: two admins (or a double click) adding the same new email at once both succeed.
    const [created] = await tx.insert(staffUsers).values({ email: input.email, name: input.name, passwordHash }).onConflictDoNothing({ target: staffUsers.email }).returning({ id: staffUsers.id });
    const [account] = created ? [created] : await tx.select({ id: staffUsers.id, active: staffUsers.active }).from(staffUsers).where(eq(staffUsers.email, input.email)).for("update");
    if (!account) throw new Error("staff account vanished");
    const [member] = await tx.select().from(staffMemberships).where(and(eq(staffMemberships.staffId, account.id), eq(staffMemberships.hotelId, actor.hotelId)));
    if (member) throw new AppError("VALIDATION_ERROR", "Invalid request", { email: ["This person already works here"] });
    if (!created && "active" in account && !account.active) {
      await tx.update(staffUsers).set({ active: true, name: input.name, passwordHash }).where(eq(staffUsers.id, account.id));
      await bumpSessionVersion(tx, account.id);
    }
    await tx
      .insert(staffInvitations)
      .values({ staffId: account.id, hotelId: actor.hotelId, role: input.role, invitedBy: actor.staffId })
      .onConflictDoUpdate({ target: [staffInvitations.staffId, staffInvitations.hotelId], set: { role: input.role, invitedBy: actor.staffId } });
  });
  return { invited: true, email: input.email };
}

async function assertNotLastAdmin(tx: Tx, hotelId: string, staffId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(and(eq(staffMemberships.hotelId, hotelId), eq(staffMemberships.role, "ADMIN"), eq(staffUsers.active, true), sql`${staffMemberships.staffId} <> ${staffId}`));
  if ((row?.n ?? 0) === 0) throw new AppError("CONFLICT", "The hotel must keep at least one active admin");
}

/** Changes someone's role in this hotel; their sessions end, so it applies on their next request. */
export async function changeStaffRole(actor: Actor, staffId: string, role: StaffRole) {
  await transaction(async (tx) => {
    const [m] = await tx.select().from(staffMemberships).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId))).for("update");
    if (!m) throw new AppError("NOT_FOUND", "Staff member not found");
    if (m.role === "ADMIN" && role !== "ADMIN") await assertNotLastAdmin(tx, actor.hotelId, staffId);
    await tx.update(staffMemberships).set({ role }).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId)));
    await recordStaffAccessChanged(tx, { staffId, hotelId: actor.hotelId, change: "role_changed" });
    // Ends their sessions: they sign in again and see the new role.
    if (role !== m.role) await bumpSessionVersion(tx, staffId);
  });
}

/**
 * Removes someone's access to this hotel at once. Someone who works nowhere else is deactivated
 * entirely (the account stays for the audit trail; re-adding them reactivates it).
 */
export async function deactivateStaff(actor: Actor, staffId: string) {
  if (staffId === actor.staffId) throw new AppError("CONFLICT", "You cannot deactivate yourself");
  await transaction(async (tx) => {
    const [m] = await tx.select().from(staffMemberships).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId))).for("update");
    if (!m) throw new AppError("NOT_FOUND", "Staff member not found");
    if (m.role === "ADMIN") await assertNotLastAdmin(tx, actor.hotelId, staffId);
    await tx.delete(staffMemberships).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId)));
    const [left] = await tx.select({ n: sql<number>`count(*)::int` }).from(staffMemberships).where(eq(staffMemberships.staffId, staffId));
    if ((left?.n ?? 0) === 0) await tx.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, staffId));
    await recordStaffAccessChanged(tx, { staffId, hotelId: actor.hotelId, change: (left?.n ?? 0) === 0 ? "deactivated" : "removed" });
    // Ends their sessions at once (also where they still work for another hotel).
    await bumpSessionVersion(tx, staffId);
  });
}
