import { guestBookingView } from "@/lib/bookings/guest-view";
import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/booking/ — the token's booking, for the guest. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "view" });
  return json(guestBookingView(access));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
