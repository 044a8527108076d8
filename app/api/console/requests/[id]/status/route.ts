import { REQUEST_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { requestIdSchema, staffRequestStatusSchema } from "@/lib/requests/schemas";
import { changeStaffRequestStatus } from "@/lib/requests/staff-requests";

/** POST /api/console/requests/{id}/status { status, from_status, reason? } — 409 INVALID_TRANSITION / STATUS_CHANGED; declining needs a reason. */
export const POST = staffRoute<{ id: string }>(REQUEST_ROLES, async (ctx, req, { id }) => {
  const requestId = parseWith(requestIdSchema, id);
  const input = await parseJsonBody(req, staffRequestStatusSchema);
  return json({ request: await changeStaffRequestStatus(ctx, requestId, input) });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
