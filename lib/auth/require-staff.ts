import "server-only";
import { cookies } from "next/headers";
import type { StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
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
