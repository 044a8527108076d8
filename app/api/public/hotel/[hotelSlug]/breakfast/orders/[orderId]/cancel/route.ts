import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { cancelBreakfastOrder } from "@/lib/orders/breakfast/change-breakfast-order";
import { guestCancelRoute } from "@/lib/orders/guest-cancel-route";
import { orderIdSchema } from "@/lib/orders/schemas";
import { readGuestBreakfastOrder } from "@/lib/orders/breakfast/views";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/breakfast/orders/{id}/cancel/ — the guest cancels until the cut-off. */
export const POST = guestCancelRoute(async (access, orderId) => {
  await consumeGuestWrite("breakfastWrite", access);
  const order = await cancelBreakfastOrder(access, parseWith(orderIdSchema, orderId));
  return readGuestBreakfastOrder(access, order.id);
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
