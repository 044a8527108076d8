import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { addQuickReply, listQuickReplies, quickReplySchema } from "@/lib/chat/quick-replies";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/console/chat/quick-replies — the hotel's saved replies (ADMIN, FRONT_DESK). */
export const GET = staffRoute(GUEST_DESK_ROLES, async (ctx) => json({ quick_replies: await listQuickReplies(ctx.hotel.id) }));

/** POST /api/console/chat/quick-replies `{ title, body }` — save one more. */
export const POST = staffRoute(GUEST_DESK_ROLES, async (ctx, req) => {
  const input = await parseJsonBody(req, quickReplySchema);
  return json({ quick_reply: await addQuickReply(ctx.hotel.id, input) }, 201);
});
