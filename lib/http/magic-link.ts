import { NextResponse } from "next/server";
import { guestCookieHeaders, isHttps } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { requestMeta } from "./guest";

/**
 * Opens a magic link: validates the token, moves it into the portal cookie and redirects to a
 * clean URL, so the token does not stay in the address bar, history or Referer headers.
 */
export async function openMagicLink(req: Request, token: string, hotelSlug?: string): Promise<NextResponse> {
  const result = await validateToken(token, { scope: "view", hotelSlug, meta: requestMeta(req) });
  const target = result.ok ? "/stay" : "/link-problem?reason=invalid";
  const res = NextResponse.redirect(new URL(target, req.url), 303);
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("Cache-Control", "no-store");
  if (result.ok) {
    for (const c of guestCookieHeaders(token, result.token.expiresAt, isHttps(req))) res.headers.append("Set-Cookie", c);
  }
  return res;
}
