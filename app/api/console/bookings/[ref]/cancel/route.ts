import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { cancelBookingSchema } from "@/lib/bookings/schemas";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  const { booking, revokedLinks } = await cancelBooking(actorOf(ctx), ref, await parseJsonBody(req, cancelBookingSchema));
  return json({ booking: { reference: booking.reference, status: booking.status }, revokedLinks });
});
