import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { chatActorOf, conversationIdOf } from "@/lib/chat/chat-actor";
import { assignInputSchema } from "@/lib/chat/schemas";
import { assignConversation } from "@/lib/chat/staff-actions";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

/** POST /api/console/conversations/{id}/assign `{ staff_id | null }` — assign to a desk member of this hotel, or unassign. */
export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const conversationId = conversationIdOf(id);
  const input = await parseJsonBody(req, assignInputSchema);
  return json(await assignConversation(chatActorOf(ctx), conversationId, input.staff_id));
});
