import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createItem } from "@/lib/menus/edit-items";
import { menuItemSchema } from "@/lib/menus/schemas";

export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  const item = await createItem({ staffId: ctx.staff.id, hotel: ctx.hotel }, await parseJsonBody(req, menuItemSchema));
  return json({ item }, 201);
});
