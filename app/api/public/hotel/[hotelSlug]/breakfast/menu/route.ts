import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { guestMenuRoute } from "@/lib/menus/menu-route";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/breakfast/menu/ — the hotel's breakfast menu, with what can be ordered now. */
export const GET = guestMenuRoute("breakfast");

const notAllowed = methodNotAllowed(["GET"]);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
