import { NextResponse } from "next/server";

/** A JSON 405 with Allow, instead of Next's empty one, for the methods a route does not serve. */
export function methodNotAllowed(allow: string[]) {
  return () =>
    NextResponse.json({ error: "Method not allowed", code: "METHOD_NOT_ALLOWED" }, { status: 405, headers: { Allow: allow.join(", "), "Cache-Control": "no-store" } });
}
