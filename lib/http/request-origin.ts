import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

// The one place that says which hosts are ours, where a request came from, and which requests
// carrying an ambient credential (portal cookie, staff session) may change state. Every guard in
// the app names one of the policies below; none reads Origin or Sec-Fetch-Site itself.

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The Host the client named, with port: X-Forwarded-Host only behind a trusted proxy. */
function clientHost(headers: Headers): string | null {
  const forwarded = env().TRUST_PROXY === "true" ? headers.get("x-forwarded-host") : null;
  const host = forwarded ?? headers.get("host");
  return host ? host.split(",")[0]!.trim().toLowerCase() || null : null;
}

/**
 * Hosts this app answers as: the Host header, or X-Forwarded-Host only behind a trusted proxy
 * (TRUST_PROXY=true; otherwise any client could name the evil origin it sends as our host), and
 * APP_URL's host.
 */
export function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = clientHost(headers);
  if (host) hosts.add(host);
  const appUrl = env().APP_URL;
  const appHost = appUrl ? hostOf(appUrl) : null;
  if (appHost) hosts.add(appHost);
  return hosts;
}

/**
 * The host name (no port) the client used to reach us: what a page's own links and sockets must
 * name. Next's `nextUrl` says the server's configured name (localhost) instead, which breaks a
 * page opened at 127.0.0.1 or through the machine's network name.
 */
export function requestHostname(headers: Headers): string | null {
  const host = clientHost(headers);
  if (!host) return null;
  // "[::1]:3000" keeps its brackets; "name:3000" loses the port.
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/.exec(host);
  return m ? m[1]! : null;
}

/**
 * Where the browser says a request came from. `site` is Sec-Fetch-Site (which pages cannot forge),
 * or null when the client sent none. `origin` is whether the Origin header names one of our hosts:
 * "ours", "foreign" (another host, or "null" from sandboxed frames and no-referrer pages), or null
 * when there is no Origin header.
 */
export function requestSource(req: Request): { site: string | null; origin: "ours" | "foreign" | null } {
  const site = req.headers.get("sec-fetch-site");
  const originHeader = req.headers.get("origin");
  if (originHeader === null) return { site, origin: null };
  const host = hostOf(originHeader);
  return { site, origin: host && ownHosts(req.headers).has(host) ? "ours" : "foreign" };
}

/**
 * - `page-form`: a form POST of our own pages or a server action. It must prove it comes from our
 *   origin: Sec-Fetch-Site first (a no-referrer page sends `Origin: null`), else Origin; a request
 *   with neither is refused.
 * - `api-write`: a state-changing API call authenticated by a cookie (the console's session, the
 *   portal's guest cookie). Both cookies are SameSite=Lax, which still lets a sibling origin of the
 *   same site (another port, the hotel's www. site) post with them, so whatever a browser says
 *   about the source must name this origin. Clients that send neither header (curl, servers) carry
 *   no victim's cookie and pass.
 */
export type OriginPolicy = "page-form" | "api-write";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function originAllowed(req: Request, policy: OriginPolicy): boolean {
  if (policy === "api-write" && SAFE_METHODS.has(req.method.toUpperCase())) return true;
  const { site, origin } = requestSource(req);
  if (site) return site === "same-origin" || (policy === "api-write" && site === "none");
  return policy === "page-form" ? origin === "ours" : origin !== "foreign";
}

/** Throws 403 CROSS_SITE_REQUEST when the request fails the policy (before anything is read or written). */
export function assertOrigin(req: Request, policy: OriginPolicy): void {
  if (!originAllowed(req, policy)) throw new AppError("CROSS_SITE_REQUEST", "Cross-site request refused");
}

export function isJsonContentType(type: string | null): boolean {
  return !!type && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());
}

/**
 * A state-changing request authenticated by a cookie (the console's session, the portal's guest
 * cookie): it passes the api-write policy and is JSON or bodiless, which no cross-origin page can
 * send without a CORS preflight that this app never grants. A client that wants to post a form
 * must carry its own credential (the seed's `guest_token` field, or a Bearer header).
 */
export function assertCookieWrite(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  assertOrigin(req, "api-write");
  const type = req.headers.get("content-type");
  if (type && !isJsonContentType(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json");
}
