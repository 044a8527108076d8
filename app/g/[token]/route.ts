import { NextResponse } from "next/server";
import { requestMeta } from "@/lib/http/guest";
import { guestCookieHeaders, isHttps } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";

export const dynamic = "force-dynamic";

/**
 * The magic link. Validates the token, moves it into the portal cookie and redirects to a clean
 * URL, so the token does not stay in the address bar, history or Referer headers.
 */
export async function GET(req: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  const result = await validateToken(token, { scope: "view", meta: requestMeta(req) });
  const target = result.ok ? "/stay" : "/link-problem?reason=invalid";
  const res = NextResponse.redirect(new URL(target, req.url), 303);
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("Cache-Control", "no-store");
  if (result.ok) {
    for (const c of guestCookieHeaders(token, result.token.expiresAt, isHttps(req))) res.headers.append("Set-Cookie", c);
  }
  return res;
}
