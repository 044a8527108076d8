import { NextResponse } from "next/server";
import { clearGuestCookieHeaders, isHttps } from "@/lib/tokens/cookie";

export const dynamic = "force-dynamic";

/**
 * Forgets the guest link on this device (shared tablets, a refused link) and says where to go next.
 * POST from the portal's "Forget this link" button; the portal's refused-link path uses GET.
 */
function leave(req: Request, reason: "left" | "invalid") {
  const res = NextResponse.redirect(new URL(`/link-problem?reason=${reason}`, req.url), 303);
  for (const c of clearGuestCookieHeaders(isHttps(req))) res.headers.append("Set-Cookie", c);
  res.headers.set("Cache-Control", "no-store");
  return res;
}

export const GET = (req: Request) => leave(req, "invalid");
export const POST = (req: Request) => leave(req, "left");
