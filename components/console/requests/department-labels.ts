import type { RequestDepartment } from "@/lib/db/schema";

/** One set of words for the departments on every console screen. */
export const DEPARTMENT_LABELS: Record<RequestDepartment, string> = { HOUSEKEEPING: "Housekeeping", MAINTENANCE: "Maintenance", FRONT_DESK: "Front desk" };
