import { ADMIN_ONLY, GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { guideUpdateSchema, readHotelGuide, saveHotelGuide } from "@/lib/hotels/guide";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/console/hotel/guide — `{ guide, checkOutTime }` (ADMIN, FRONT_DESK: the desk answers guests from it). */
export const GET = staffRoute(GUEST_DESK_ROLES, async (ctx) => json(await readHotelGuide(ctx.hotel.id)));

/** PUT /api/console/hotel/guide { guide, checkOutTime? } — replaces the guide (ADMIN). */
export const PUT = staffRoute(ADMIN_ONLY, async (ctx, req) => json(await saveHotelGuide(ctx.hotel.id, await parseJsonBody(req, guideUpdateSchema))));

export const { POST, PATCH, DELETE } = refuseOtherMethods("GET", "PUT");
