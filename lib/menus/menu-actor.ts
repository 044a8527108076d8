import type { Hotel } from "@/lib/db/schema";

/** Who edits the menu, and of which hotel (the staff member's current hotel; the route checks the role). */
export type MenuActor = { staffId: string; hotel: Pick<Hotel, "id" | "slug"> };
