import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";

/**
 * Ends every session of a staff member: their JWTs carry the version they signed in with, and
 * one that no longer matches is refused on the next request. Called on sign-out, deactivation,
 * removal from a hotel, password change and role change, inside the caller's transaction.
 */
export async function bumpSessionVersion(db: DbOrTx, staffId: string): Promise<void> {
  await db.update(staffUsers).set({ sessionVersion: sql`${staffUsers.sessionVersion} + 1` }).where(eq(staffUsers.id, staffId));
}

/** True while the account is active and has not ended its sessions since this one began. */
export async function isSessionCurrent(staffId: string, version: number): Promise<boolean> {
  if (!z.uuid().safeParse(staffId).success || !Number.isSafeInteger(version)) return false;
  const [row] = await getDb()
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, staffId), eq(staffUsers.sessionVersion, version), eq(staffUsers.active, true)));
  return Boolean(row);
}
