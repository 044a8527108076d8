import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { cancelGuestRequest, requestLocale } from "@/lib/requests/guest-requests";
import { requestIdSchema } from "@/lib/requests/schemas";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/requests/{id}/cancel/ — only while NEW (else 409 INVALID_TRANSITION). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string; requestId: string }> }) => {
  const { hotelSlug, requestId } = await ctx.params;
  const body = await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  return json({ success: true, request: await cancelGuestRequest(access, parseWith(requestIdSchema, requestId), requestLocale(access, req)) });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
