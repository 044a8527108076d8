import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { addStaff, addStaffSchema, listHotelStaff } from "@/lib/staff/manage-staff";

export const GET = staffRoute(ADMIN_ONLY, async (ctx) => json({ staff: await listHotelStaff({ hotelId: ctx.hotel.id }) }));

export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  const input = await parseJsonBody(req, addStaffSchema);
  const r = await addStaff({ staffId: ctx.staff.id, hotelId: ctx.hotel.id }, input);
  return json(r, r.created ? 201 : 200);
});
