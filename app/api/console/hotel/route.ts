import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { hotelSettingsSchema, updateHotelSettings } from "@/lib/hotels/settings";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const GET = staffRoute(ADMIN_ONLY, async (ctx) => json({ hotel: ctx.hotel }));

export const PUT = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  const input = await parseJsonBody(req, hotelSettingsSchema);
  return json({ hotel: await updateHotelSettings({ hotelId: ctx.hotel.id, input }) });
});
