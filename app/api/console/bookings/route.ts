import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { createBooking } from "@/lib/bookings/create-booking";
import { createBookingSchema, searchBookingsSchema } from "@/lib/bookings/schemas";
import { searchBookings } from "@/lib/bookings/search-bookings";
import { readJsonObject, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { withIdempotencyHeader } from "@/lib/idempotency/key";

export const GET = staffRoute(GUEST_DESK_ROLES, async (ctx, req) => {
  const filters = parseWith(searchBookingsSchema, Object.fromEntries(new URL(req.url).searchParams));
  return json({ bookings: await searchBookings({ hotelId: ctx.hotel.id, filters }) });
});

export const POST = staffRoute(GUEST_DESK_ROLES, async (ctx, req) => {
  const body = await readJsonObject(req);
  if (!body.ok) throw body.error;
  const input = parseWith(createBookingSchema, withIdempotencyHeader(req, body.value));
  const { booking, created } = await createBooking(actorOf(ctx), input);
  return json({ booking: { id: booking.id, reference: booking.reference }, created }, created ? 201 : 200);
});
