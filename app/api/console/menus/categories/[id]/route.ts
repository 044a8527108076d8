import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { deleteCategory, updateCategory } from "@/lib/menus/edit-categories";
import { idParamSchema, menuCategorySchema } from "@/lib/menus/schemas";

export const PATCH = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, req, { id }) => {
  const categoryId = parseWith(idParamSchema, id);
  const category = await updateCategory({ staffId: ctx.staff.id, hotel: ctx.hotel }, categoryId, await parseJsonBody(req, menuCategorySchema));
  return json({ category });
});

export const DELETE = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, _req, { id }) => {
  await deleteCategory({ staffId: ctx.staff.id, hotel: ctx.hotel }, parseWith(idParamSchema, id));
  return json({ deleted: true });
});
