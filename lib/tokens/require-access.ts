import { AppError } from "@/lib/errors";
import { MISSING_SCOPE_MESSAGE } from "./scopes";
import { validateToken, type GuestAccess, type ValidateOptions } from "./validate";

/**
 * The guest's access, or the AppError to answer with. Every refusal except a missing scope gets
 * the same answer, so nobody can probe which tokens, bookings or hotels exist. Used by the public
 * API and by channel authorisation alike.
 */
export async function requireGuestAccess(raw: string | null | undefined, opts: ValidateOptions = {}): Promise<GuestAccess> {
  if (!raw) throw new AppError("TOKEN_REQUIRED", "Guest token required");
  const result = await validateToken(raw, opts);
  if (result.ok) return result;
  if (result.reason === "MISSING_SCOPE" && opts.scope) throw new AppError("MISSING_SCOPE", MISSING_SCOPE_MESSAGE[opts.scope]);
  throw new AppError("INVALID_TOKEN", "Invalid token");
}
