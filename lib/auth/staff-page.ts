import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { StaffRole } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { requireStaff, requireStaffAccount } from "./require-staff";
import type { StaffContext } from "./staff-context";

/**
 * requireStaff for pages: no session (or a deactivated account) goes to /login, an account with
 * no hotel to /invitations; a role that may not see the page gets a real 403 (app/forbidden.tsx).
 */
export async function staffPage(roles?: readonly StaffRole[]): Promise<StaffContext> {
  try {
    return await requireStaff({ roles });
  } catch (e) {
    // A signed-in account that works for no hotel yet answers its invitations first.
    if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect((await hasAccount()) ? "/invitations" : "/login");
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
}

async function hasAccount(): Promise<boolean> {
  return requireStaffAccount().then(
    () => true,
    () => false,
  );
}
