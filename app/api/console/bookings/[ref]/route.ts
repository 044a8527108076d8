import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { getBookingDetail } from "@/lib/bookings/booking-detail";
import { bookingRefSchema } from "@/lib/bookings/reference";
import { updateBookingSchema } from "@/lib/bookings/schemas";
import { updateBooking } from "@/lib/bookings/update-booking";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const GET = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, _req, { ref }) => {
  return json(await getBookingDetail({ hotelId: ctx.hotel.id, reference: parseWith(bookingRefSchema, ref) }));
});

export const PATCH = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  const reference = parseWith(bookingRefSchema, ref);
  const input = await parseJsonBody(req, updateBookingSchema);
  const { booking, changed } = await updateBooking(actorOf(ctx), reference, input);
  return json({ booking: { id: booking.id, reference: booking.reference, language: booking.language }, changed });
});
