import type { StaffRole } from "@/lib/db/schema";

export const ALL_ROLES = ["ADMIN", "FRONT_DESK", "KITCHEN", "HOUSEKEEPING", "MANAGER"] as const satisfies readonly StaffRole[];
/** The food side: the queue, menus and breakfast (housekeeping and managers have their own pages). */
export const FOOD_ROLES = ["ADMIN", "FRONT_DESK", "KITCHEN"] as const satisfies readonly StaffRole[];
/** Roles that may see guest contact details, bookings and guest links. */
export const GUEST_DESK_ROLES = ["ADMIN", "FRONT_DESK"] as const satisfies readonly StaffRole[];
export const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly StaffRole[];

export const ROLE_LABELS: Record<StaffRole, string> = { ADMIN: "Admin", FRONT_DESK: "Front desk", KITCHEN: "Kitchen", HOUSEKEEPING: "Housekeeping", MANAGER: "Manager" };

/** Who may open the kitchen screen: the kitchen, and admins (to set it up or cover a shift). */
export const KITCHEN_ROLES = ["KITCHEN", "ADMIN"] as const satisfies readonly StaffRole[];

/** Who works the service-request queues: housekeeping sees its own and maintenance's, the desk all. */
export const REQUEST_ROLES = ["ADMIN", "FRONT_DESK", "HOUSEKEEPING"] as const satisfies readonly StaffRole[];
/** Who may read the reports (and nothing else of the console's mutations, for a manager). */
export const REPORT_ROLES = ["ADMIN", "MANAGER"] as const satisfies readonly StaffRole[];
