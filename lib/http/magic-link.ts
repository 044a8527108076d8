import { NextResponse } from "next/server";
import { RateLimitedError } from "@/lib/errors";
import { recordTokenFailure } from "@/lib/rate-limit/token-failure-limiter";
import { GUEST_COOKIE, clearPendingCookieHeader, cookieFrom, guestCookieHeaders, isHttps, pendingCookieHeader } from "@/lib/tokens/cookie";
import { landingFor } from "@/lib/tokens/landing";
import { validateToken } from "@/lib/tokens/validate";
import { requestMeta } from "./guest";
import { errorResponse } from "./respond";

function redirect(req: Request, target: string): NextResponse {
  const res = NextResponse.redirect(new URL(target, req.url), 303);
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("Cache-Control", "no-store");
  return res;
}

/**
 * Opens a magic link: validates the token, moves it into the portal cookie and redirects to a
 * clean URL (chosen by the link's purpose, lib/tokens/landing.ts), so the token does not stay in the address bar, history or Referer headers.
 * A device that already holds a valid link of another booking is asked first (/stay/switch):
 * a link opened from another site must not silently swap the guest's booking for someone else's.
 */
export async function openMagicLink(req: Request, token: string, hotelSlug?: string): Promise<NextResponse> {
  const meta = requestMeta(req);
  const result = await validateToken(token, { scope: "view", hotelSlug, meta });
  const secure = isHttps(req);
  if (!result.ok) {
    const retryAfter = await recordTokenFailure(meta.ip);
    if (retryAfter !== null) return errorResponse(new RateLimitedError("Too many invalid links from this address. Try again later.", retryAfter));
    return redirect(req, "/link-problem?reason=invalid");
  }

  const held = cookieFrom(req, GUEST_COOKIE);
  if (held && held !== token) {
    const current = await validateToken(held, { scope: "view" });
    if (current.ok && current.booking.id !== result.booking.id) {
      const res = redirect(req, "/stay/switch");
      res.headers.append("Set-Cookie", pendingCookieHeader(token, secure));
      return res;
    }
  }
  const res = redirect(req, landingFor(result.token));
  for (const c of guestCookieHeaders(token, result.token.expiresAt, secure)) res.headers.append("Set-Cookie", c);
  res.headers.append("Set-Cookie", clearPendingCookieHeader(secure));
  return res;
}
