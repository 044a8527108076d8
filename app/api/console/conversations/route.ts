import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { listInbox } from "@/lib/chat/inbox";
import { inboxQuerySchema, searchParamsObject } from "@/lib/chat/schemas";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/console/conversations?filter=open|resolved|unread|mine&q= — the hotel's chat inbox (ADMIN, FRONT_DESK). */
export const GET = staffRoute(GUEST_DESK_ROLES, async (ctx, req) => {
  const query = parseWith(inboxQuerySchema, searchParamsObject(req.url));
  return json(await listInbox({ hotelId: ctx.hotel.id, staffId: ctx.staff.id, query }));
});
