import { cookies } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError, RateLimitedError } from "@/lib/errors";
import { recordTokenFailure } from "@/lib/rate-limit/token-failure-limiter";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { MISSING_SCOPE_MESSAGE, type Scope } from "@/lib/tokens/scopes";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";

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

/**
 * Identifies the guest for a public API call. Every refusal except a missing scope gets the same
 * answer, so nobody can probe which tokens, bookings or hotels exist.
 */
export async function requireGuest(
  req: Request,
  opts: { hotelSlug?: string; bookingRef?: string; scope?: Scope; bodyToken?: unknown },
): Promise<GuestAccess> {
  const raw = await guestTokenFrom(req, opts.bodyToken);
  if (!raw) throw new AppError("TOKEN_REQUIRED", "Guest token required");
  const meta = requestMeta(req);
  const result = await validateToken(raw, { hotelSlug: opts.hotelSlug, bookingRef: opts.bookingRef, scope: opts.scope, meta });
  if (result.ok) return result;
  if (result.reason === "MISSING_SCOPE" && opts.scope) throw new AppError("MISSING_SCOPE", MISSING_SCOPE_MESSAGE[opts.scope]);
  return refuseToken(meta.ip);
}

/**
 * The answer to a refused token: 403, or 429 once this address has had too many refusals. Called
 * only after the token was checked, so a valid link is never refused for others' failures.
 */
export async function refuseToken(ip: string | null): Promise<never> {
  const retryAfter = await recordTokenFailure(ip);
  if (retryAfter !== null) throw new RateLimitedError("Too many invalid links from this address. Try again later.", retryAfter);
  throw new AppError("INVALID_TOKEN", "Invalid token");
}
