import { guestBookingView } from "@/lib/bookings/guest-view";
import { requireGuest } from "@/lib/http/guest";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/booking/ — the token's booking, for the guest. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "view" });
  return json(guestBookingView(access));
});

const notAllowed = methodNotAllowed(["GET"]);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
