import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { listHotelInvitations } from "@/lib/staff/invitations";
import { addStaff, addStaffSchema, listHotelStaff } from "@/lib/staff/manage-staff";

export const GET = staffRoute(ADMIN_ONLY, async (ctx) =>
  json({ staff: await listHotelStaff({ hotelId: ctx.hotel.id }), invitations: await listHotelInvitations({ hotelId: ctx.hotel.id }) }),
);

// 202 with the same body whether or not the email already had an account: the person joins on accepting.
export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => {
  const input = await parseJsonBody(req, addStaffSchema);
  return json(await addStaff({ staffId: ctx.staff.id, hotelId: ctx.hotel.id }, input), 202);
});
