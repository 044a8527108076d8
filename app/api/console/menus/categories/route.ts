import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createCategory } from "@/lib/menus/edit-categories";
import { menuCategorySchema } from "@/lib/menus/schemas";

export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  const category = await createCategory({ staffId: ctx.staff.id, hotel: ctx.hotel }, await parseJsonBody(req, menuCategorySchema));
  return json({ category }, 201);
});
