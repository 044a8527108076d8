import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { ORDER_ROLES } from "@/lib/orders/order-roles";
import { breakfastDateQuerySchema } from "@/lib/orders/breakfast/schemas";
import { breakfastListForDate } from "@/lib/orders/breakfast/views";
import { nextServingDate } from "@/lib/orders/breakfast/serving-date";

export const dynamic = "force-dynamic";

/** GET /api/console/breakfast?date=YYYY-MM-DD — the morning's breakfast by slot with per-item counts (by default the serving morning: today until service ends, then tomorrow, as the kitchen shows). */
export const GET = staffRoute(ORDER_ROLES, async (ctx, req) => {
  const date = new URL(req.url).searchParams.get("date") || nextServingDate(new Date(), ctx.hotel);
  const query = parseWith(breakfastDateQuerySchema, { date });
  return json(await breakfastListForDate(ctx.hotel, query.date, ctx.role));
});
