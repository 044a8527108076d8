import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { chatActorOf, conversationIdOf } from "@/lib/chat/chat-actor";
import { staffReadInputSchema } from "@/lib/chat/schemas";
import { staffMarkRead } from "@/lib/chat/staff-actions";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

/** POST /api/console/conversations/{id}/read `{ up_to_message_id? }` — staff have seen the guest's messages (all when omitted). */
export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const conversationId = conversationIdOf(id);
  const input = await parseJsonBody(req, staffReadInputSchema);
  return json(await staffMarkRead(chatActorOf(ctx), conversationId, input.up_to_message_id));
});
