import { REQUEST_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { requestIdSchema } from "@/lib/requests/schemas";
import { readStaffRequest } from "@/lib/requests/staff-requests";

export const dynamic = "force-dynamic";

/** GET /api/console/requests/{id} — one request the role sees (another hotel's or department's: 404). */
export const GET = staffRoute<{ id: string }>(REQUEST_ROLES, async (ctx, _req, { id }) => json({ request: await readStaffRequest(ctx, parseWith(requestIdSchema, id)) }));

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
