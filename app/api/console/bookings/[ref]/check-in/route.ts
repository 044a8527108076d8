import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { checkIn } from "@/lib/bookings/check-in";
import { checkInSchema } from "@/lib/bookings/schemas";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  const booking = await checkIn(actorOf(ctx), ref, await parseJsonBody(req, checkInSchema));
  return json({ booking: { reference: booking.reference, checkedInAt: booking.checkedInAt } });
});
