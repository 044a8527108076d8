import { AppError, RateLimitedError } from "@/lib/errors";
import { recordTokenFailure } from "@/lib/rate-limit/token-failure-limiter";
import { MISSING_SCOPE_MESSAGE } from "./scopes";
import { validateToken, type GuestAccess, type ValidateOptions } from "./validate";

/**
 * The guest's access, or the AppError to answer with. Every refusal except a missing scope gets
 * the same answer, so nobody can probe which tokens, bookings or hotels exist. Used by the public
 * API and by channel authorisation alike. Refusals count against the caller's address (429 once
 * over the limit); the token is checked first, so a valid link is never refused for others' failures.
 */
export async function requireGuestAccess(raw: string | null | undefined, opts: ValidateOptions = {}): Promise<GuestAccess> {
  if (!raw) throw new AppError("TOKEN_REQUIRED", "Guest token required");
  const result = await validateToken(raw, opts);
  if (result.ok) return result;
  if (result.reason === "MISSING_SCOPE" && opts.scope) throw new AppError("MISSING_SCOPE", MISSING_SCOPE_MESSAGE[opts.scope]);
  const retryAfter = await recordTokenFailure(opts.meta?.ip ?? null);
  if (retryAfter !== null) throw new RateLimitedError("Too many invalid links from this address. Try again later.", retryAfter);
  throw new AppError("INVALID_TOKEN", "Invalid token");
}
