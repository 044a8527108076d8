import "server-only";
import { cookies } from "next/headers";
import type { StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";
import { auth } from "./auth";
import { ALL_ROLES } from "./roles";
import { assertRole, loadStaffContext, type StaffContext } from "./staff-context";

export const CURRENT_HOTEL_COOKIE = "console_hotel";

/**
 * The one gate for staff pages, route handlers and server actions: a valid session, an active
 * account, a membership in the current hotel, and one of `roles` there. Throws AppError
 * UNAUTHENTICATED (401) or FORBIDDEN (403).
 */
export async function requireStaff(opts: { roles?: readonly StaffRole[] } = {}): Promise<StaffContext> {
  const session = await auth();
  const staffId = session?.user?.id;
  if (!staffId) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  const preferredHotelSlug = (await cookies()).get(CURRENT_HOTEL_COOKIE)?.value ?? null;
  const ctx = await loadStaffContext({ staffId, preferredHotelSlug });
  if (!ctx) throw new AppError("UNAUTHENTICATED", "Your account is not active");
  assertRole(ctx, opts.roles ?? ALL_ROLES);
  return ctx;
}

export type StaffAccount = { id: string; name: string; email: string };

/**
 * A valid session of an active account, whether or not it works for any hotel yet (used where a
 * person answers their invitations). Throws UNAUTHENTICATED (401).
 */
export async function requireStaffAccount(): Promise<StaffAccount> {
  const staffId = (await auth())?.user?.id;
  if (!staffId) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  const [staff] = await getDb().select({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email, active: staffUsers.active }).from(staffUsers).where(eq(staffUsers.id, staffId));
  if (!staff?.active) throw new AppError("UNAUTHENTICATED", "Your account is not active");
  return { id: staff.id, name: staff.name, email: staff.email };
}
