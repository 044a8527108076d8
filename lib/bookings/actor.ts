import type { Hotel } from "@/lib/db/schema";

/** Who performs a staff-side use case, and in which hotel. Built from requireStaff's context. */
export type StaffActor = { staffId: string; hotel: Pick<Hotel, "id" | "slug" | "timezone" | "name"> };
