import { parseWith } from "@/lib/http/parse";
import { pageQuerySchema } from "@/lib/orders/order-page";
import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { listGuestOrders } from "@/lib/orders/guest-orders";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/room-services/orders/ — this booking's room-service orders, newest first, a page at a time (`?before=` the previous page's `next_cursor`). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  const { before } = parseWith(pageQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  return json(await listGuestOrders(access, { type: "ROOM_SERVICE", before }));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
