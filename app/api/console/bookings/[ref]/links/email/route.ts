import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { actorOf, staffRoute } from "@/lib/auth/staff-route";
import { emailLinkSchema } from "@/lib/bookings/link-schemas";
import { sendGuestLinkEmail } from "@/lib/email/send-guest-link";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const POST = staffRoute<{ ref: string }>(GUEST_DESK_ROLES, async (ctx, req, { ref }) => {
  const input = await parseJsonBody(req, emailLinkSchema);
  return json(await sendGuestLinkEmail(actorOf(ctx), ref, input, new URL(req.url).origin), 201);
});
