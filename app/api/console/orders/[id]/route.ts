import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { ORDER_ROLES } from "@/lib/orders/order-roles";
import { orderIdSchema } from "@/lib/orders/schemas";
import { readStaffOrder } from "@/lib/orders/staff-orders";

export const dynamic = "force-dynamic";

/** GET /api/console/orders/{id} — one order of the current hotel (another hotel's: 404). */
export const GET = staffRoute<{ id: string }>(ORDER_ROLES, async (ctx, _req, { id }) => {
  return json({ order: await readStaffOrder(ctx, parseWith(orderIdSchema, id)) });
});
