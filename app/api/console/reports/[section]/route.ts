import { REPORT_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { reportRangeSchema } from "@/lib/reports/range";
import { parseSection, sectionCsv, sectionJson } from "@/lib/reports/section-export";
import { reportFormatSchema } from "@/lib/reports/tables";

export const dynamic = "force-dynamic";

/**
 * GET /api/console/reports/{room-service|breakfast|chat|requests|busiest-hours}?range=… — one section as JSON;
 * with `&format=csv&table=…` one of its tables as a CSV download.
 */
export const GET = staffRoute<{ section: string }>(REPORT_ROLES, async (ctx, req, params) => {
  const section = parseSection(params.section);
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const range = parseWith(reportRangeSchema, query);
  const { format, table } = parseWith(reportFormatSchema, query);
  if (format === "json") return json(await sectionJson(ctx.hotel, range, section));
  const file = await sectionCsv(ctx.hotel, range, section, table);
  return new Response(file.csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
});
