/**
 * True when a state-changing request comes from our own pages. Browsers send Sec-Fetch-Site on
 * every request, and pages cannot forge it; it is trusted first because a page with
 * `Referrer-Policy: no-referrer` (the guest portal) sends `Origin: null`. Without it, Origin must
 * name this host; a request with neither is refused, since it cannot prove where it came from.
 */
export function isSameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
