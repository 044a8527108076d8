import { FOOD_ROLES, GUEST_DESK_ROLES } from "@/lib/auth/roles";
import type { StaffRole } from "@/lib/db/schema";

// Who may do what with orders. ADMIN and FRONT_DESK do everything; KITCHEN may read orders (lines,
// room, first name) and move them, but never sees the guest's full name or contact details.

/** Roles that may list, read and move orders (the queue and the kitchen screen). */
export const ORDER_ROLES = FOOD_ROLES;

/** Whether the role may see the guest's full name (contact details are in no order view at all). */
export const seesGuestDetails = (role: StaffRole): boolean => (GUEST_DESK_ROLES as readonly StaffRole[]).includes(role);
