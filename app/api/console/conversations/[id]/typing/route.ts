import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { chatActorOf, conversationIdOf } from "@/lib/chat/chat-actor";
import { staffTyping } from "@/lib/chat/typing";
import { json } from "@/lib/http/respond";

/** POST /api/console/conversations/{id}/typing — relays "front desk is typing" to the guest (throttled). */
export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, _req, { id }) => {
  return json(await staffTyping(chatActorOf(ctx), conversationIdOf(id)));
});
