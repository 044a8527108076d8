import type { StaffRole } from "@/lib/db/schema";

export const ALL_ROLES = ["ADMIN", "FRONT_DESK", "KITCHEN"] as const satisfies readonly StaffRole[];
/** Roles that may see guest contact details, bookings and guest links. */
export const GUEST_DESK_ROLES = ["ADMIN", "FRONT_DESK"] as const satisfies readonly StaffRole[];
export const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly StaffRole[];

export const ROLE_LABELS: Record<StaffRole, string> = { ADMIN: "Admin", FRONT_DESK: "Front desk", KITCHEN: "Kitchen" };

/** Who may open the kitchen screen: the kitchen, and admins (to set it up or cover a shift). */
export const KITCHEN_ROLES = ["KITCHEN", "ADMIN"] as const satisfies readonly StaffRole[];
