import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { guestRequestTypes, requestLocale } from "@/lib/requests/guest-requests";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/requests/types/?lang= — what the guest may ask for, in their language, with the stay's times. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  return json(await guestRequestTypes(access, requestLocale(access, req)));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
