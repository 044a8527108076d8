import { requireGuest } from "@/lib/http/guest";
import { readJsonObject } from "@/lib/http/parse";
import { handle, json } from "@/lib/http/respond";
import type { GuestAccess } from "@/lib/tokens/validate";
import type { GuestOrderView } from "./order-view";

type Ctx = { params: Promise<{ hotelSlug: string; orderId: string }> };

/**
 * POST handler shared by the guest cancel endpoints (room service, breakfast), answering
 * `{ success: true, order }`. The caller must hold the order scope and is identified before the
 * body is judged, so a stranger learns nothing from validation; `cancel` gets the raw order id
 * and body and judges them in its own order.
 */
export function guestCancelRoute(cancel: (access: GuestAccess, orderId: string, body: Record<string, unknown>) => Promise<GuestOrderView>) {
  return handle(async (req: Request, ctx: Ctx) => {
    const { hotelSlug, orderId } = await ctx.params;
    const body = await readJsonObject(req);
    const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
    if (!body.ok) throw body.error;
    return json({ success: true, order: await cancel(access, orderId, body.value) });
  });
}
