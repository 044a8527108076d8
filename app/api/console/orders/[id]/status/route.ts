import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { ORDER_ROLES } from "@/lib/orders/order-roles";
import { orderIdSchema, staffStatusChangeSchema } from "@/lib/orders/schemas";
import { changeStaffOrderStatus } from "@/lib/orders/staff-orders";

/** POST /api/console/orders/{id}/status { status, from_status, reason?, eta_minutes? } — 409 INVALID_TRANSITION when the lifecycle forbids it, 409 STATUS_CHANGED when the order is no longer in from_status. */
export const POST = staffRoute<{ id: string }>(ORDER_ROLES, async (ctx, req, { id }) => {
  const orderId = parseWith(orderIdSchema, id);
  const input = await parseJsonBody(req, staffStatusChangeSchema);
  return json({ order: await changeStaffOrderStatus(ctx, orderId, input) });
});
