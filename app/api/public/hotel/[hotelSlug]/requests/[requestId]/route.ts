import { requireGuest } from "@/lib/http/guest";
import { parseWith } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { readGuestRequest, requestLocale } from "@/lib/requests/guest-requests";
import { requestIdSchema } from "@/lib/requests/schemas";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/requests/{id}/ — one of this booking's requests (else 404). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string; requestId: string }> }) => {
  const { hotelSlug, requestId } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  return json({ request: await readGuestRequest(access, parseWith(requestIdSchema, requestId), requestLocale(access, req)) });
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
