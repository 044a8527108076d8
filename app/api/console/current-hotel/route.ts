import { cookies } from "next/headers";
import { z } from "zod";
import { CURRENT_HOTEL_COOKIE } from "@/lib/auth/require-staff";
import { ALL_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { AppError } from "@/lib/errors";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { isHttps } from "@/lib/tokens/cookie";

const schema = z.object({ hotelSlug: z.string().min(1).max(100) });

/** Switches the console to another hotel the signed-in person works for. */
export const POST = staffRoute(ALL_ROLES, async (ctx, req) => {
  const { hotelSlug } = await parseJsonBody(req, schema);
  const m = ctx.memberships.find((x) => x.slug === hotelSlug);
  if (!m) throw new AppError("NOT_FOUND", "Hotel not found");
  (await cookies()).set(CURRENT_HOTEL_COOKIE, m.slug, { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps(req) });
  return json({ hotel: { slug: m.slug, name: m.name }, role: m.role });
});
