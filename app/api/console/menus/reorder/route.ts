import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { reorderMenu } from "@/lib/menus/reorder-menu";
import { reorderSchema } from "@/lib/menus/schemas";

/** POST /api/console/menus/reorder `{ type: "categories", ids }` or `{ type: "items", categoryId, ids }` (ADMIN). */
export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  await reorderMenu({ staffId: ctx.staff.id, hotel: ctx.hotel }, await parseJsonBody(req, reorderSchema));
  return json({ reordered: true });
});
