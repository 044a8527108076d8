import { cookies } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { requireGuestAccess } from "@/lib/tokens/require-access";
import type { Scope } from "@/lib/tokens/scopes";
import type { GuestAccess } from "@/lib/tokens/validate";

/** Where the seed lets the token come from: Authorization Bearer, `guest_token` body field, portal cookie. */
export async function guestTokenFrom(req: Request, bodyToken?: unknown): Promise<string | null> {
  const auth = req.headers.get("authorization");
  const bearer = auth?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return bearer;
  if (typeof bodyToken === "string" && bodyToken !== "") return bodyToken;
  return (await cookies()).get(GUEST_COOKIE)?.value ?? null;
}

export function requestMeta(req: Request) {
  return { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
}

/** Identifies the guest for a public API call (refusals: see requireGuestAccess). */
export async function requireGuest(
  req: Request,
  opts: { hotelSlug?: string; bookingRef?: string; scope?: Scope; bodyToken?: unknown },
): Promise<GuestAccess> {
  const raw = await guestTokenFrom(req, opts.bodyToken);
  return requireGuestAccess(raw, { hotelSlug: opts.hotelSlug, bookingRef: opts.bookingRef, scope: opts.scope, meta: requestMeta(req) });
}
