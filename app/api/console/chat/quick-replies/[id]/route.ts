import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { deleteQuickReply } from "@/lib/chat/quick-replies";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { z } from "zod";

/** DELETE /api/console/chat/quick-replies/{id} — remove one of this hotel's saved replies. */
export const DELETE = staffRoute<{ id: string }>(GUEST_DESK_ROLES, async (ctx, _req, { id }) => {
  await deleteQuickReply(ctx.hotel.id, parseWith(z.uuid({ error: "Not a quick reply id" }), id));
  return json({ deleted: true });
});
