import { requireGuest } from "@/lib/http/guest";
import { parseWith } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { readGuestOrder } from "@/lib/orders/guest-orders";
import { orderIdSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/room-services/orders/{id}/ — one of this booking's orders (else 404). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string; orderId: string }> }) => {
  const { hotelSlug, orderId } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  return json({ order: await readGuestOrder(access, parseWith(orderIdSchema, orderId), { type: "ROOM_SERVICE" }) });
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
