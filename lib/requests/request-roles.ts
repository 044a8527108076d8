import { REQUEST_ROLES } from "@/lib/auth/roles";
import type { RequestDepartment, RequestKind, StaffRole } from "@/lib/db/schema";

// Who sees which requests: the desk and admins every department; housekeeping its own and
// maintenance's (the same people walk the floors), never a late check-out (a desk decision).

export const REQUEST_DEPARTMENTS = ["HOUSEKEEPING", "MAINTENANCE", "FRONT_DESK"] as const satisfies readonly RequestDepartment[];

export function departmentsFor(role: StaffRole): readonly RequestDepartment[] {
  if (role === "HOUSEKEEPING") return ["HOUSEKEEPING", "MAINTENANCE"];
  return (REQUEST_ROLES as readonly StaffRole[]).includes(role) ? REQUEST_DEPARTMENTS : [];
}

/** Kinds a role never sees, whatever their department. */
export function hiddenKindsFor(role: StaffRole): readonly RequestKind[] {
  return role === "HOUSEKEEPING" ? ["LATE_CHECKOUT"] : [];
}

export function maySeeRequest(role: StaffRole, r: { department: RequestDepartment; kind: RequestKind }): boolean {
  return departmentsFor(role).includes(r.department) && !hiddenKindsFor(role).includes(r.kind);
}

/** Whether the role may see the guest's full name (contact details are in no request view). */
export const seesFullGuestName = (role: StaffRole): boolean => role === "ADMIN" || role === "FRONT_DESK";
