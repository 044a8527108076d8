import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { deleteItem, updateItem } from "@/lib/menus/edit-items";
import { idParamSchema, menuItemPatchSchema } from "@/lib/menus/schemas";

export const PATCH = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, req, { id }) => {
  const itemId = parseWith(idParamSchema, id);
  const item = await updateItem({ staffId: ctx.staff.id, hotel: ctx.hotel }, itemId, await parseJsonBody(req, menuItemPatchSchema));
  return json({ item });
});

export const DELETE = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, _req, { id }) => {
  await deleteItem({ staffId: ctx.staff.id, hotel: ctx.hotel }, parseWith(idParamSchema, id));
  return json({ deleted: true });
});
