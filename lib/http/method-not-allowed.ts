import { NextResponse } from "next/server";

/** A JSON 405 with Allow, instead of Next's empty one, for the methods a route does not serve. */
export function methodNotAllowed(allow: string[]) {
  return () =>
    NextResponse.json({ error: "Method not allowed", code: "METHOD_NOT_ALLOWED" }, { status: 405, headers: { Allow: allow.join(", "), "Cache-Control": "no-store" } });
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The 405 answers of a route for every method it does not serve, in one line:
 * `export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");`
 */
export function refuseOtherMethods(...served: Method[]): Record<Method, ReturnType<typeof methodNotAllowed>> {
  const refuse = methodNotAllowed(served);
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
