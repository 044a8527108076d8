import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { getBookingDetail } from "@/lib/bookings/booking-detail";
import { bookingRefSchema } from "@/lib/bookings/reference";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const GET = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, _req, { ref }) => {
  return json(await getBookingDetail({ hotelId: ctx.hotel.id, reference: parseWith(bookingRefSchema, ref) }));
});
