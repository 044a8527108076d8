import { NextResponse } from "next/server";
import { AppError, RateLimitedError, isAppError } from "@/lib/errors";

const noStore = { "Cache-Control": "no-store" };

export function json<T>(body: T, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: noStore });
}

/** Turns any thrown value into the `{error, code}` JSON contract; internals are logged, never returned. */
export function errorResponse(e: unknown): NextResponse {
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
