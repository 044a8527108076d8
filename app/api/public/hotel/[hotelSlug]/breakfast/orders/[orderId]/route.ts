import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { requireGuest } from "@/lib/http/guest";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { changeBreakfastOrder } from "@/lib/orders/breakfast/change-breakfast-order";
import { orderLocale } from "@/lib/orders/order-language";
import { breakfastHandler } from "@/lib/orders/breakfast/respond";
import { breakfastChangeSchema } from "@/lib/orders/breakfast/schemas";
import { orderIdSchema } from "@/lib/orders/schemas";
import { readGuestBreakfastOrder } from "@/lib/orders/breakfast/views";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ hotelSlug: string; orderId: string }> };

/** PATCH /api/public/hotel/{hotel_slug}/breakfast/orders/{id}/ — change slot, guests, items or notes until the cut-off. */
export const PATCH = breakfastHandler(async (req: Request, ctx: Ctx) => {
  const { hotelSlug, orderId } = await ctx.params;
  const body = await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  const id = parseWith(orderIdSchema, orderId);
  const input = parseWith(breakfastChangeSchema, body.value);
  await consumeGuestWrite("breakfastWrite", access);
  const order = await changeBreakfastOrder(access, id, input, { locale: orderLocale(access, input.language, req) });
  return json({ success: true, order: await readGuestBreakfastOrder(access, order.id) });
});

export const { GET, POST, PUT, DELETE } = refuseOtherMethods("PATCH");
