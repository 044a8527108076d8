import { originAllowed } from "./request-origin";

// Checks the proxy runs on every request before any page, action or handler, so odd input gets a
// 4xx JSON answer instead of surfacing as a 500 deep inside the framework or the database.

export type EdgeRefusal = { status: number; code: string; error: string; headers?: Record<string, string> };

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// Next's default bodySizeLimit for server actions.
export const MAX_ACTION_BYTES = 1024 * 1024;

// C0 controls and DEL: PostgreSQL text cannot hold NUL, and no field of ours takes the others.
const CONTROL = /[\u0000-\u001F\u007F]/;

const refuse = (status: number, code: string, error: string, headers?: Record<string, string>): EdgeRefusal => ({ status, code, error, headers });

/** Method, path and query: refused when the method is unknown or they decode to control characters. */
export function checkRequestLine(method: string, pathname: string, search: string): EdgeRefusal | null {
  if (!ALLOWED_METHODS.includes(method)) return refuse(405, "METHOD_NOT_ALLOWED", "Method not allowed", { Allow: ALLOWED_METHODS.join(", ") });
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname) + decodeURIComponent(search.replace(/\+/g, " "));
  } catch {
    // A broken %-escape would otherwise surface as a plain-text 500 from the router.
    return refuse(400, "VALIDATION_ERROR", "Malformed URL");
  }
  if (CONTROL.test(decoded)) return refuse(400, "VALIDATION_ERROR", "The address contains characters that are not allowed");
  return null;
}

/**
 * A server action call (a POST with Next-Action): from our own pages, of a sane size and shape.
 * Next answers each of these with a 500 otherwise.
 */
export async function checkServerAction(req: Request): Promise<EdgeRefusal | null> {
  if (!originAllowed(req, "page-form")) return refuse(403, "CROSS_SITE_REQUEST", "Cross-site request refused");
  const length = req.headers.get("content-length");
  if (length === null) return refuse(411, "LENGTH_REQUIRED", "Content-Length required");
  if (!/^\d+$/.test(length)) return refuse(400, "VALIDATION_ERROR", "Malformed Content-Length");
  if (Number(length) > MAX_ACTION_BYTES) return refuse(413, "PAYLOAD_TOO_LARGE", "Request body too large");
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  try {
    if (type.startsWith("multipart/form-data")) await req.clone().formData();
    else if (type.startsWith("text/plain")) JSON.parse(await req.clone().text());
    else return refuse(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported content type");
  } catch {
    return refuse(400, "VALIDATION_ERROR", "Malformed request body");
  }
  return null;
}
