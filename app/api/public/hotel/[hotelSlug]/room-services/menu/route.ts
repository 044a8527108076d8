import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { guestMenuRoute } from "@/lib/menus/menu-route";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/room-services/menu/?lang= — the hotel's room-service menu, with what can be ordered now, its texts in `lang` where translated. */
export const GET = guestMenuRoute("room_service");

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
