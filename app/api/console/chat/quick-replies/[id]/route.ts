import { z } from "zod";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { deleteQuickReply, quickReplySchema, updateQuickReply } from "@/lib/chat/quick-replies";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

const idSchema = z.uuid({ error: "Not a quick reply id" });

/** PATCH /api/console/chat/quick-replies/{id} `{ title, body }` — change one of this hotel's saved replies. */
export const PATCH = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, req, { id }) => {
  const replyId = parseWith(idSchema, id);
  const input = await parseJsonBody(req, quickReplySchema);
  return json({ quick_reply: await updateQuickReply(ctx.hotel.id, replyId, input) });
});

/** DELETE /api/console/chat/quick-replies/{id} — remove one of this hotel's saved replies. */
export const DELETE = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, _req, { id }) => {
  await deleteQuickReply(ctx.hotel.id, parseWith(idSchema, id));
  return json({ deleted: true });
});
