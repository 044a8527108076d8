import { z } from "zod";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { withdrawInvitation } from "@/lib/staff/invitations";

export const DELETE = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, _req, { id }) => {
  await withdrawInvitation({ hotelId: ctx.hotel.id, invitationId: parseWith(z.uuid(), id) });
  return json({ withdrawn: true });
});
