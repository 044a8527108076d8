import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { guestMenuRoute } from "@/lib/menus/menu-route";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/breakfast/menu/?lang= — the hotel's breakfast menu, with what can be ordered now, its texts in `lang` where translated. */
export const GET = guestMenuRoute("breakfast");

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
