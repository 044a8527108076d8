import type { Hotel } from "@/lib/db/schema";

/**
 * Who performs a staff-side use case, and in which hotel: a signed-in staff member (from
 * requireStaff's context) or, with `staffId: null`, an operator at the command line.
 */
export type StaffActor = { staffId: string | null; hotel: Pick<Hotel, "id" | "slug" | "timezone" | "name"> };
