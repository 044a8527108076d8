import { parseWith } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { guestCancelRoute } from "@/lib/orders/guest-cancel-route";
import { cancelGuestOrder } from "@/lib/orders/guest-orders";
import { guestCancelSchema, orderIdSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/room-services/orders/{id}/cancel/ — only while PENDING (else 409 INVALID_TRANSITION). */
export const POST = guestCancelRoute(async (access, orderId, body) => {
  const { reason } = parseWith(guestCancelSchema, body);
  return cancelGuestOrder(access, parseWith(orderIdSchema, orderId), reason, { type: "ROOM_SERVICE" });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
