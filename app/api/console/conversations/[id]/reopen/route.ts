import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { chatActorOf, conversationIdOf } from "@/lib/chat/chat-actor";
import { setConversationStatus } from "@/lib/chat/staff-actions";
import { json } from "@/lib/http/respond";

/** POST /api/console/conversations/{id}/reopen — the conversation becomes OPEN. */
export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, _req, { id }) => {
  return json(await setConversationStatus(chatActorOf(ctx), conversationIdOf(id), "OPEN"));
});
