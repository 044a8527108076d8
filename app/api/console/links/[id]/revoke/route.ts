import { z } from "zod";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { revokeGuestLink } from "@/lib/bookings/guest-links";
import { revokeLinkSchema } from "@/lib/bookings/link-schemas";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  await revokeGuestLink(actorOf(ctx), parseWith(z.string().uuid(), id), await parseJsonBody(req, revokeLinkSchema));
  return json({ revoked: true });
});
