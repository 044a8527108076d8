import { guestGuideView } from "@/lib/hotels/guide";
import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { requestLocale } from "@/lib/requests/guest-requests";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/guide/?lang= — the hotel guide in the guest's language; `wifi` only while in house. Any valid link (view scope). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "view" });
  return json(guestGuideView(access.hotel, access.booking, requestLocale(access, req)));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
