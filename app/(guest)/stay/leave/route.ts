import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { assertOrigin } from "@/lib/http/request-origin";
import { GUEST_COOKIE, clearGuestCookieHeaders, clearPendingCookieHeader, cookieFrom, isHttps } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";

export const dynamic = "force-dynamic";

function forget(req: Request, reason: "left" | "invalid") {
  const res = NextResponse.redirect(new URL(`/link-problem?reason=${reason}`, req.url), 303);
  for (const c of clearGuestCookieHeaders(isHttps(req))) res.headers.append("Set-Cookie", c);
  res.headers.append("Set-Cookie", clearPendingCookieHeader(isHttps(req)));
  res.headers.set("Cache-Control", "no-store");
  return res;
}

/**
 * GET is where the portal sends a refused link: it clears the cookie only when the link is no
 * longer valid, so a link from another site cannot sign a guest out. A valid link goes back to /stay.
 */
export const GET = handle(async (req: Request) => {
  const raw = cookieFrom(req, GUEST_COOKIE);
  const valid = raw ? (await validateToken(raw, { scope: "view" })).ok : false;
  if (!valid) return forget(req, "invalid");
  const res = NextResponse.redirect(new URL("/stay", req.url), 303);
  res.headers.set("Cache-Control", "no-store");
  return res;
});

/** "Forget this link on this device": a POST from the portal itself (cross-site posts are refused). */
export const POST = handle(async (req: Request) => {
  assertOrigin(req, "page-form");
  return forget(req, "left");
});
