import { cookies } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { assertCookieWrite } from "@/lib/http/request-origin";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { requireGuestAccess } from "@/lib/tokens/require-access";
import type { Scope } from "@/lib/tokens/scopes";
import type { GuestAccess } from "@/lib/tokens/validate";

/** A presented guest token and how it came: only the cookie is sent by the browser on its own. */
export type PresentedToken = { value: string; source: "bearer" | "body" | "cookie" };

/** Where the seed lets the token come from: Authorization Bearer, `guest_token` body field, portal cookie. */
export async function guestTokenFrom(req: Request, bodyToken?: unknown): Promise<PresentedToken | null> {
  const auth = req.headers.get("authorization");
  const bearer = auth?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return { value: bearer, source: "bearer" };
  if (typeof bodyToken === "string" && bodyToken !== "") return { value: bodyToken, source: "body" };
  const cookie = (await cookies()).get(GUEST_COOKIE)?.value;
  return cookie ? { value: cookie, source: "cookie" } : null;
}

export function requestMeta(req: Request) {
  return { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
}

/**
 * Identifies the guest for a public API call (refusals: see requireGuestAccess). A write carried
 * by the portal cookie alone must come from our own origin as JSON (CSRF: lib/http/request-origin.ts);
 * Bearer and body-token clients prove themselves and are not judged by origin.
 */
export async function requireGuest(
  req: Request,
  opts: { hotelSlug?: string; bookingRef?: string; scope?: Scope; bodyToken?: unknown },
): Promise<GuestAccess> {
  const token = await guestTokenFrom(req, opts.bodyToken);
  if (token?.source === "cookie") assertCookieWrite(req);
  return requireGuestAccess(token?.value, { hotelSlug: opts.hotelSlug, bookingRef: opts.bookingRef, scope: opts.scope, meta: requestMeta(req) });
}
