import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { guestStaySummary } from "@/lib/orders/guest-stay-summary";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/stay/ — the portal front page's summary: menus' state, active orders, money, unread replies. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "view" });
  return json(await guestStaySummary(access));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
