import { AppError } from "@/lib/errors";
import { requestSource } from "@/lib/http/same-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing console request that a browser sent from another origin (CSRF): the
 * staff cookie is SameSite=Lax, which still lets a sibling origin of the same site (another port
 * or subdomain) post with it. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin; both must name this origin when present (which hosts are ours: lib/http/same-origin.ts).
 * A body must be JSON, which no cross-origin page can send without a CORS preflight that this app
 * never grants. Clients that send neither header (curl, server-to-server) carry no victim's cookie.
 */
export function assertSameOriginMutation(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const { site, origin } = requestSource(req);
  if (site && site !== "same-origin" && site !== "none") throw new AppError("CROSS_SITE_REQUEST", "Cross-site request refused");
  if (origin === "foreign") throw new AppError("CROSS_SITE_REQUEST", "Cross-site request refused");
  const type = req.headers.get("content-type");
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json");
  }
}
