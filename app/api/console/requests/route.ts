import { REQUEST_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { staffRequestFiltersSchema } from "@/lib/requests/schemas";
import { listStaffRequests } from "@/lib/requests/staff-requests";

export const dynamic = "force-dynamic";

/**
 * GET /api/console/requests?department=&status=open|closed|all&before= — the current hotel's service
 * requests for the role's departments, newest first (open: all of them; closed/all: paged, `next_cursor`),
 * with `counts` per department and `rooms_do_not_disturb`.
 */
export const GET = staffRoute(REQUEST_ROLES, async (ctx, req) => {
  const filters = parseWith(staffRequestFiltersSchema, Object.fromEntries(new URL(req.url).searchParams));
  return json(await listStaffRequests(ctx, filters));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
