import { NextResponse, type NextRequest } from "next/server";
import { checkRequestLine, checkServerAction, type EdgeRefusal } from "@/lib/http/edge-checks";
import { requestHostname } from "@/lib/http/request-origin";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";
import { env } from "@/lib/env";
import { GUEST_AREA_HEADER, isGuestArea } from "@/lib/i18n/area";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";

// Cheap early checks only; every handler validates the token or session fully against the DB.

function hasGuestToken(req: NextRequest): boolean {
  const auth = req.headers.get("authorization");
  if (auth && /^Bearer\s+\S+/i.test(auth)) return true;
  return Boolean(req.cookies.get(GUEST_COOKIE)?.value);
}

const STAFF_SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function refusal(r: EdgeRefusal): NextResponse {
  return NextResponse.json({ error: r.error, code: r.code }, { status: r.status, headers: { "Cache-Control": "no-store", ...r.headers } });
}

async function route(req: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  const { pathname, search } = req.nextUrl;
  const bad = checkRequestLine(req.method, pathname, search);
  if (bad) return refusal(bad);
  if (req.method === "POST" && req.headers.has("next-action")) {
    const badAction = await checkServerAction(req);
    if (badAction) return refusal(badAction);
  }
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (pathname.startsWith("/api/public/")) {
    // A POST may carry the token as the seed's `guest_token` body field; the handler checks it.
    // The Pusher auth endpoint also accepts a staff session.
    const bodyMayCarryToken = req.method === "POST";
    const staffAllowed = pathname.startsWith("/api/public/pusher/");
    const staff = STAFF_SESSION_COOKIES.some((c) => req.cookies.has(c));
    if (!hasGuestToken(req) && !bodyMayCarryToken && !(staffAllowed && staff)) {
      return NextResponse.json({ error: "Guest token required", code: "TOKEN_REQUIRED" }, { status: 401 });
    }
    return next();
  }

  if (pathname === "/stay" || pathname.startsWith("/stay/")) {
    if (!hasGuestToken(req)) return NextResponse.redirect(new URL("/link-problem?reason=missing", req.url));
    return next();
  }

  if (pathname.startsWith("/console") || pathname.startsWith("/kitchen")) {
    if (!STAFF_SESSION_COOKIES.some((c) => req.cookies.has(c))) {
      const login = new URL("/login", req.url);
      login.searchParams.set("next", pathname);
      return NextResponse.redirect(login);
    }
  }
  return next();
}

export async function proxy(req: NextRequest) {
  // A fresh nonce per request: Next reads it from the request's CSP header for its inline scripts.
  const csp = contentSecurityPolicy({ nonce: newNonce(), pageHostname: requestHostname(req.headers) ?? req.nextUrl.hostname, dev: env().NODE_ENV === "development" });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  // Pages render in the guest's language only where the proxy says so (a client's copy never counts).
  requestHeaders.delete(GUEST_AREA_HEADER);
  if (isGuestArea(req.nextUrl.pathname)) requestHeaders.set(GUEST_AREA_HEADER, "1");
  const res = await route(req, requestHeaders);
  // Magic links carry the token in the URL: never let it leak through a Referer.
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/g/") || pathname.startsWith("/hotel/")) res.headers.set("Referrer-Policy", "no-referrer");
  applySecurityHeaders(res.headers, csp);
  return res;
}

export const config = {
  // Everything but build assets (next.config.mjs gives those their fixed headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
