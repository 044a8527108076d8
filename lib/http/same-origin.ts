import { env } from "@/lib/env";

// The one place that says which hosts are ours and where a request came from. Two policies use
// it with different strictness: the guest portal's form POSTs (isSameOrigin, below) refuse a
// request that proves nothing, and the console API (lib/auth/same-origin.ts) accepts header-less
// non-browser clients but requires JSON bodies.

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * Hosts this app answers as: the Host header, or X-Forwarded-Host only behind a trusted proxy
 * (TRUST_PROXY=true; otherwise any client could name the evil origin it sends as our host), and
 * APP_URL's host.
 */
export function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const forwarded = env().TRUST_PROXY === "true" ? headers.get("x-forwarded-host") : null;
  const host = forwarded ?? headers.get("host");
  if (host) hosts.add(host.split(",")[0]!.trim().toLowerCase());
  const appUrl = env().APP_URL;
  const appHost = appUrl ? hostOf(appUrl) : null;
  if (appHost) hosts.add(appHost);
  return hosts;
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
 * Strict: true only when a state-changing request proves it comes from our own pages. Sec-Fetch-Site
 * is trusted first, because a page with `Referrer-Policy: no-referrer` (the guest portal) sends
 * `Origin: null`. Without it, Origin must name one of our hosts; a request with neither is refused.
 */
export function isSameOrigin(req: Request): boolean {
  const { site, origin } = requestSource(req);
  if (site) return site === "same-origin";
  return origin === "ours";
}
