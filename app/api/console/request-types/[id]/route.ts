import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { updateRequestType } from "@/lib/requests/request-types";
import { requestTypeIdSchema, updateRequestTypeSchema } from "@/lib/requests/schemas";

/** PATCH /api/console/request-types/{id} — any of name, description, department, targetMinutes, active, position, options, translations (the kind stays). */
export const PATCH = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, req, { id }) => {
  const typeId = parseWith(requestTypeIdSchema, id);
  return json({ type: await updateRequestType(ctx.hotel.id, typeId, await parseJsonBody(req, updateRequestTypeSchema)) });
});

export const { GET, POST, PUT, DELETE } = refuseOtherMethods("PATCH");
