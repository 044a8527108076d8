import { NextResponse } from "next/server";
import { sqlState } from "@/lib/db/errors";
import { AppError, RateLimitedError, isAppError } from "@/lib/errors";

const noStore = { "Cache-Control": "no-store" };

export function json<T>(body: T, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: noStore });
}

/**
 * A database refusal a request caused, as the 4xx it is: a value outside a column's range, a bad
 * date or text (class 22), a duplicate (23505) or a lost race (40001, 40P01) is the request's
 * problem, not a server fault. Whatever validation missed, no database error answers 500.
 */
function fromDatabase(state: string | null): AppError | null {
  if (!state) return null;
  if (state === "23505") return new AppError("CONFLICT", "This conflicts with something already recorded");
  if (state === "23503") return new AppError("CONFLICT", "This refers to something that no longer exists");
  if (state === "40001" || state === "40P01") return new AppError("CONFLICT", "Another change happened at the same time; try again");
  if (state.startsWith("22") || state === "23514") return new AppError("VALIDATION_ERROR", "A value is out of range or malformed");
  return null;
}

/** Turns any thrown value into the `{error, code}` JSON contract; internals are logged, never returned. */
export function errorResponse(e: unknown): NextResponse {
  const state = isAppError(e) ? null : sqlState(e);
  const mapped = fromDatabase(state);
  if (mapped) {
    // The state and constraint only: messages and parameters may quote guest data.
    const cause = (e as { cause?: { constraint_name?: string; constraint?: string } })?.cause;
    console.warn("database refused a request:", state, cause?.constraint_name ?? cause?.constraint ?? "");
    e = mapped;
  }
  if (isAppError(e)) {
    const body: { error: string; code: string; fields?: Record<string, string[]> } = { error: e.message, code: e.code };
    if (e.fields) body.fields = e.fields;
    const headers: Record<string, string> = e instanceof RateLimitedError ? { ...noStore, "Retry-After": String(e.retryAfterSeconds) } : noStore;
    return NextResponse.json(body, { status: e.status, headers });
  }
  // Only the kind and first line: driver errors quote the query's parameters, i.e. guest data.
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  console.error("unhandled error:", err?.name ?? typeof e, String(err?.message ?? "").split("\n")[0]?.slice(0, 200), err?.cause?.code ?? "", String(err?.cause?.message ?? "").slice(0, 200));
  const internal = new AppError("INTERNAL", "Something went wrong");
  return NextResponse.json({ error: internal.message, code: internal.code }, { status: 500, headers: noStore });
}

/** Wraps a route handler so every failure becomes the JSON error contract. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export { AppError };
