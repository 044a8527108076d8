import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { conversationIdOf } from "@/lib/chat/chat-actor";
import { pageQuerySchema, searchParamsObject } from "@/lib/chat/schemas";
import { getStaffConversation } from "@/lib/chat/staff-conversation";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/console/conversations/{id}?before=&limit= — history, booking facts, desk staff, quick replies. */
export const GET = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const page = parseWith(pageQuerySchema, searchParamsObject(req.url));
  return json(await getStaffConversation({ hotelId: ctx.hotel.id, id: conversationIdOf(id), page }));
});
