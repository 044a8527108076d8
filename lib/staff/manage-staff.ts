import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/lib/db/client";
import { transaction } from "@/lib/db/transaction";
import { staffMemberships, staffRole, staffUsers, type StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordStaffAccessChanged } from "@/lib/realtime/staff-access";
import { hashPassword } from "./password";

export const addStaffSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
  role: z.enum(staffRole.enumValues, { error: "Choose a role" }),
  // Only used for a person new to the system; an existing account keeps its password.
  password: z.string().min(12, "At least 12 characters").max(200).optional().or(z.literal("").transform(() => undefined)),
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

/** Adds a person to this hotel: a new account, or a membership for someone who works elsewhere too. */
export async function addStaff(actor: Actor, input: AddStaffInput) {
  // bcrypt is slow on purpose: never inside the transaction (with the embedded database it stalls everyone).
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return transaction(async (tx) => {
    const [existing] = await tx.select().from(staffUsers).where(eq(staffUsers.email, input.email));
    if (existing) {
      const [member] = await tx.select().from(staffMemberships).where(and(eq(staffMemberships.staffId, existing.id), eq(staffMemberships.hotelId, actor.hotelId)));
      if (member && existing.active) throw new AppError("VALIDATION_ERROR", "Invalid request", { email: ["This person already works here"] });
      const wasInactive = !existing.active;
      if (wasInactive && !input.password) throw new AppError("VALIDATION_ERROR", "Invalid request", { password: ["Set a new password to reactivate this account"] });
      if (wasInactive) await tx.update(staffUsers).set({ active: true, passwordHash }).where(eq(staffUsers.id, existing.id));
      if (!member) await tx.insert(staffMemberships).values({ staffId: existing.id, hotelId: actor.hotelId, role: input.role });
      return { id: existing.id, created: false };
    }
    if (!input.password) throw new AppError("VALIDATION_ERROR", "Invalid request", { password: ["Set a first password (at least 12 characters)"] });
    const [user] = await tx.insert(staffUsers).values({ email: input.email, name: input.name, passwordHash: passwordHash! }).returning({ id: staffUsers.id });
    if (!user) throw new Error("staff insert returned nothing");
    await tx.insert(staffMemberships).values({ staffId: user.id, hotelId: actor.hotelId, role: input.role });
    return { id: user.id, created: true };
  });
}

async function assertNotLastAdmin(tx: Tx, hotelId: string, staffId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(and(eq(staffMemberships.hotelId, hotelId), eq(staffMemberships.role, "ADMIN"), eq(staffUsers.active, true), sql`${staffMemberships.staffId} <> ${staffId}`));
  if ((row?.n ?? 0) === 0) throw new AppError("CONFLICT", "The hotel must keep at least one active admin");
}

/** Changes someone's role in this hotel; takes effect on their next request. */
export async function changeStaffRole(actor: Actor, staffId: string, role: StaffRole) {
  await transaction(async (tx) => {
    const [m] = await tx.select().from(staffMemberships).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId))).for("update");
    if (!m) throw new AppError("NOT_FOUND", "Staff member not found");
    if (m.role === "ADMIN" && role !== "ADMIN") await assertNotLastAdmin(tx, actor.hotelId, staffId);
    await tx.update(staffMemberships).set({ role }).where(and(eq(staffMemberships.staffId, staffId), eq(staffMemberships.hotelId, actor.hotelId)));
    await recordStaffAccessChanged(tx, { staffId, hotelId: actor.hotelId, change: "role_changed" });
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
  });
}
