import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { chatActorOf, conversationIdOf } from "@/lib/chat/chat-actor";
import { parseSendMessage } from "@/lib/chat/schemas";
import { sendStaffMessage } from "@/lib/chat/staff-actions";
import { readJsonObject } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

/** POST /api/console/conversations/{id}/messages `{ message, client_id? }` — a staff reply. */
export const POST = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const conversationId = conversationIdOf(id);
  const body = await readJsonObject(req);
  if (!body.ok) throw body.error;
  const sent = await sendStaffMessage(chatActorOf(ctx), conversationId, parseSendMessage(body.value));
  return json({ message_id: sent.message_id, sent_at: sent.sent_at });
});
