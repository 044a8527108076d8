import { z } from "zod";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { replaceGuestLink } from "@/lib/bookings/guest-links";
import { replaceLinkSchema } from "@/lib/bookings/link-schemas";
import { presentIssuedLink } from "@/lib/bookings/present-link";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const issued = await replaceGuestLink(actorOf(ctx), parseWith(z.string().uuid(), id), await parseJsonBody(req, replaceLinkSchema));
  return json(await presentIssuedLink(issued, new URL(req.url).origin), 201);
});
