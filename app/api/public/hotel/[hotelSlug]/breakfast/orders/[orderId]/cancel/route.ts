import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { requireGuest } from "@/lib/http/guest";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { handle, json } from "@/lib/http/respond";
import { cancelBreakfastOrder } from "@/lib/orders/breakfast/change-breakfast-order";
import { orderIdSchema } from "@/lib/orders/schemas";
import { readGuestBreakfastOrder } from "@/lib/orders/breakfast/views";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/breakfast/orders/{id}/cancel/ — the guest cancels until the cut-off. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string; orderId: string }> }) => {
  const { hotelSlug, orderId } = await ctx.params;
  const body = await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  await consumeGuestWrite("breakfastWrite", access);
  const order = await cancelBreakfastOrder(access, parseWith(orderIdSchema, orderId));
  return json({ success: true, order: await readGuestBreakfastOrder(access, order.id) });
});

const notAllowed = methodNotAllowed(["POST"]);
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
