import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { idempotencyKeyFrom } from "@/lib/orders/idempotency-key";
import { orderLocale } from "@/lib/orders/order-language";
import { placeBreakfastOrder } from "@/lib/orders/breakfast/place-breakfast-order";
import { breakfastHandler } from "@/lib/orders/breakfast/respond";
import { breakfastOrderSchema } from "@/lib/orders/breakfast/schemas";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/breakfast/order/ — the booking's breakfast for one morning (seed contract). */
export const POST = breakfastHandler(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const body = await readJsonObject(req);
  // Identify the caller before judging the fields: a stranger learns nothing from validation.
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  const input = parseWith(breakfastOrderSchema, body.value);
  await consumeGuestWrite("breakfastWrite", access);
  const { answer } = await placeBreakfastOrder(access, input, { idempotencyKey: idempotencyKeyFrom(req), locale: orderLocale(access, input.language, req) });
  // A replayed Idempotency-Key answers exactly as the first time.
  return json(answer, 201);
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
