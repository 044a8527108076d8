import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { checkOut } from "@/lib/bookings/check-out";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, _req, { ref }) => {
  const booking = await checkOut(actorOf(ctx), ref);
  return json({ booking: { reference: booking.reference, checkedOutAt: booking.checkedOutAt } });
});
