import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Hosts this app answers as: the Host header (the forwarded one only behind a trusted proxy) and APP_URL's. */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = (env().TRUST_PROXY === "true" ? headers.get("x-forwarded-host") : null) ?? headers.get("host");
  if (host) hosts.add(host.split(",")[0]!.trim().toLowerCase());
  const appUrl = env().APP_URL;
  const appHost = appUrl ? hostOf(appUrl) : null;
  if (appHost) hosts.add(appHost);
  return hosts;
}

/**
 * Refuses a state-changing console request that a browser sent from another origin (CSRF): the
 * staff cookie is SameSite=Lax, which still lets a sibling origin of the same site (another port
 * or subdomain) post with it. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin; both must name this origin when present. A body must be JSON, which no cross-origin
 * page can send without a CORS preflight that this app never grants. Clients that send neither
 * header (curl, server-to-server) carry no victim's cookie.
 */
export function assertSameOriginMutation(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("CROSS_SITE_REQUEST", "Cross-site request refused");
  const origin = req.headers.get("origin");
  if (origin !== null) {
    const host = hostOf(origin); // "null" (sandboxed frames, some redirects) has no host
    if (!host || !ownHosts(req.headers).has(host)) throw new AppError("CROSS_SITE_REQUEST", "Cross-site request refused");
  }
  const type = req.headers.get("content-type");
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json");
  }
}
