import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { ORDER_ROLES } from "@/lib/orders/order-roles";
import { staffOrderFiltersSchema } from "@/lib/orders/schemas";
import { listStaffOrders } from "@/lib/orders/staff-orders";

export const dynamic = "force-dynamic";

/** GET /api/console/orders?status=&type=&date=&before=&sort= — the current hotel's order queue, newest first (sort=oldest: oldest first) (open-only lists whole, others paged: `next_cursor`). */
export const GET = staffRoute(ORDER_ROLES, async (ctx, req) => {
  const filters = parseWith(staffOrderFiltersSchema, Object.fromEntries(new URL(req.url).searchParams));
  return json(await listStaffOrders(ctx, filters));
});
