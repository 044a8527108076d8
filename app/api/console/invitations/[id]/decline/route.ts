import { z } from "zod";
import { staffAccountRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { declineInvitation } from "@/lib/staff/invitations";

export const POST = staffAccountRoute<{ id: string }>(async (account, _req, { id }) => {
  await declineInvitation({ staffId: account.id, invitationId: parseWith(z.uuid(), id) });
  return json({ declined: true });
});
