import { FOOD_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { idParamSchema, soldOutSchema } from "@/lib/menus/schemas";
import { setSoldOut } from "@/lib/menus/set-sold-out";

/** PUT /api/console/menus/items/{id}/sold-out `{ soldOut }` — ADMIN, FRONT_DESK and KITCHEN (the kitchen runs out first). */
export const PUT = staffRoute<{ id: string }>(FOOD_ROLES, async (ctx, req, { id }) => {
  const itemId = parseWith(idParamSchema, id);
  const { soldOut } = await parseJsonBody(req, soldOutSchema);
  const item = await setSoldOut({ staffId: ctx.staff.id, hotel: ctx.hotel }, itemId, soldOut);
  return json({ item: { id: item.id, soldOut: item.soldOut } });
});
