import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { handle, json } from "@/lib/http/respond";
import { optionalDateQuerySchema } from "@/lib/orders/breakfast/schemas";
import { breakfastSlotsView } from "@/lib/orders/breakfast/slots-view";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/breakfast/slots/?date= — mornings, cut-offs and seats left per slot. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  const date = new URL(req.url).searchParams.get("date");
  const query = parseWith(optionalDateQuerySchema, { date: date || undefined });
  return json(await breakfastSlotsView(access, query.date));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
