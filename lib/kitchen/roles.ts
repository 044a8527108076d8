import type { StaffRole } from "@/lib/db/schema";

/** Who may open the kitchen screen: the kitchen, and admins (to set it up or cover a shift). */
export const KITCHEN_ROLES = ["KITCHEN", "ADMIN"] as const satisfies readonly StaffRole[];
