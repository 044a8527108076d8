import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { idempotencyKeyFrom } from "@/lib/orders/idempotency-key";
import { orderLocale } from "@/lib/orders/order-language";
import { assertDuringStay, placeRoomServiceOrder } from "@/lib/orders/place-room-service-order";
import { roomServiceOrderSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/**
 * POST /api/public/hotel/{hotel_slug}/room-services/order/ — the seed's contract: answers
 * `{ success, order_id, total_amount, estimated_delivery, currency }`. Optional Idempotency-Key.
 * Optional `language`: the one the guest read the menu in (else the portal's choice: lib/orders/order-language.ts).
 */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const body = await readJsonObject(req);
  // Identify the caller and the stay before judging the fields: a stranger learns nothing.
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  assertDuringStay(access.booking);
  if (!body.ok) throw body.error;
  const input = parseWith(roomServiceOrderSchema, body.value);
  const placed = await placeRoomServiceOrder(access, input, { idempotencyKey: idempotencyKeyFrom(req), locale: orderLocale(access, input.language, req) });
  return json(placed, 201);
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
