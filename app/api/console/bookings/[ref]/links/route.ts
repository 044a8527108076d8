import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { findBookingOrThrow } from "@/lib/bookings/find-booking";
import { issueGuestLink } from "@/lib/bookings/guest-links";
import { issueLinkSchema } from "@/lib/bookings/link-schemas";
import { presentIssuedLink } from "@/lib/bookings/present-link";
import { getDb } from "@/lib/db/client";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { listBookingTokens } from "@/lib/tokens/list";

export const GET = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, _req, { ref }) => {
  const booking = await findBookingOrThrow(getDb(), { hotelId: ctx.hotel.id, reference: ref });
  return json({ links: await listBookingTokens({ hotelId: ctx.hotel.id, bookingId: booking.id }) });
});

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  const issued = await issueGuestLink(actorOf(ctx), ref, await parseJsonBody(req, issueLinkSchema));
  return json(await presentIssuedLink(issued, new URL(req.url).origin), 201);
});
