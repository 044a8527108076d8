import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { idempotencyKeyFrom } from "@/lib/orders/idempotency-key";
import { listGuestRequests, placeGuestRequest, requestLocale } from "@/lib/requests/guest-requests";
import { guestRequestSchema } from "@/lib/requests/schemas";
import { assertStayMayRequest } from "@/lib/requests/stay-rule";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ hotelSlug: string }> };

/** GET /api/public/hotel/{hotel_slug}/requests/?lang= — this booking's service requests, newest first, and do-not-disturb. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { hotelSlug } = await ctx.params;
  const access = await requireGuest(req, { hotelSlug, scope: "order" });
  return json(await listGuestRequests(access, requestLocale(access, req)));
});

/**
 * POST /api/public/hotel/{hotel_slug}/requests/ { type_id, …the kind's fields, note? } — 201
 * `{ success, request }`. Optional Idempotency-Key. See docs/requests.md for each kind's fields.
 */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { hotelSlug } = await ctx.params;
  const body = await readJsonObject(req);
  // Identify the caller and the stay before judging the fields: a stranger learns nothing.
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  assertStayMayRequest(access.booking);
  if (!body.ok) throw body.error;
  const input = parseWith(guestRequestSchema, body.value);
  const request = await placeGuestRequest(access, input, { idempotencyKey: idempotencyKeyFrom(req), locale: requestLocale(access, req) });
  return json({ success: true, request }, 201);
});

export const { PUT, PATCH, DELETE } = refuseOtherMethods("GET", "POST");
