import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { guestMenuRoute } from "@/lib/menus/menu-route";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/room-services/menu/ — the hotel's room-service menu, with what can be ordered now. */
export const GET = guestMenuRoute("room_service");

const notAllowed = methodNotAllowed(["GET"]);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
