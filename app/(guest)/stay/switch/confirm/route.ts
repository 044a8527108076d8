import { NextResponse } from "next/server";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle } from "@/lib/http/respond";
import { assertOrigin } from "@/lib/http/request-origin";
import { PENDING_COOKIE, clearPendingCookieHeader, cookieFrom, guestCookieHeaders, isHttps } from "@/lib/tokens/cookie";
import { landingFor } from "@/lib/tokens/landing";
import { validateToken } from "@/lib/tokens/validate";

export const dynamic = "force-dynamic";

/** The guest confirmed the switch: the pending link becomes the device's link. Same-site only. */
export const POST = handle(async (req: Request) => {
  assertOrigin(req, "page-form");
  const secure = isHttps(req);
  const raw = cookieFrom(req, PENDING_COOKIE);
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  const res = NextResponse.redirect(new URL(result?.ok ? landingFor(result.token) : "/link-problem?reason=invalid", req.url), 303);
  res.headers.set("Cache-Control", "no-store");
  if (raw && result?.ok) for (const c of guestCookieHeaders(raw, result.token.expiresAt, secure)) res.headers.append("Set-Cookie", c);
  res.headers.append("Set-Cookie", clearPendingCookieHeader(secure));
  return res;
});

export const { GET } = refuseOtherMethods("POST");
