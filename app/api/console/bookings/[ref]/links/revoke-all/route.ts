import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { revokeAllGuestLinks } from "@/lib/bookings/guest-links";
import { revokeLinkSchema } from "@/lib/bookings/link-schemas";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  return json({ revoked: await revokeAllGuestLinks(actorOf(ctx), ref, await parseJsonBody(req, revokeLinkSchema)) });
});
