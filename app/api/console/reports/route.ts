import { REPORT_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { reportRangeSchema } from "@/lib/reports/range";
import { fullReport } from "@/lib/reports/report";

export const dynamic = "force-dynamic";

/** GET /api/console/reports?range=today|7d|30d|custom&from=&to= — every section of the manager's report for the current hotel. */
export const GET = staffRoute(REPORT_ROLES, async (ctx, req) => {
  const range = parseWith(reportRangeSchema, Object.fromEntries(new URL(req.url).searchParams));
  return json(await fullReport(ctx.hotel, range));
});
