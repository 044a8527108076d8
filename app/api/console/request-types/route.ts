import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createRequestType, listRequestTypes } from "@/lib/requests/request-types";
import { createRequestTypeSchema } from "@/lib/requests/schemas";

export const dynamic = "force-dynamic";

/** GET /api/console/request-types — every type of the hotel, inactive ones too (ADMIN). */
export const GET = staffRoute(ADMIN_ONLY, async (ctx) => json({ types: await listRequestTypes(ctx.hotel.id) }));

/** POST /api/console/request-types { kind, name, description?, department, targetMinutes, active?, options?, translations? } → 201 { type }. */
export const POST = staffRoute(ADMIN_ONLY, async (ctx, req) => json({ type: await createRequestType(ctx.hotel.id, await parseJsonBody(req, createRequestTypeSchema)) }, 201));

export const { PUT, PATCH, DELETE } = refuseOtherMethods("GET", "POST");
