import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { cancelGuestOrder } from "@/lib/orders/guest-orders";
import { guestCancelSchema, orderIdSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/room-services/orders/{id}/cancel/ — only while PENDING (else 409 INVALID_TRANSITION). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string; orderId: string }> }) => {
  const { hotelSlug, orderId } = await ctx.params;
  const body = await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  const { reason } = parseWith(guestCancelSchema, body.value);
  return json({ success: true, order: await cancelGuestOrder(access, parseWith(orderIdSchema, orderId), reason, { type: "ROOM_SERVICE" }) });
});

const notAllowed = methodNotAllowed(["POST"]);
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
