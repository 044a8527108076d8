import type { IncomingMessage } from "node:http";

/** "::ffff:1.2.3.4" (an IPv4 client on a dual-stack socket) is 1.2.3.4. */
function normalize(ip: string): string {
  const v = ip.trim().toLowerCase();
  return v.startsWith("::ffff:") && v.includes(".") ? v.slice(7) : v;
}

/**
 * Runs in the app's HTTP server (scripts/next-server.ts) before Next.js sees the request, where
 * the socket is known. Without a trusted proxy, X-Forwarded-For becomes exactly the socket's
 * address, whatever the client sent; behind one (TRUST_PROXY=true) the proxy's header is kept,
 * and Next fills it from the socket if it is missing.
 */
export function pinForwardedFor(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy && req.headers["x-forwarded-for"]) return;
  req.headers["x-forwarded-for"] = normalize(req.socket.remoteAddress ?? "");
  delete req.headers["x-real-ip"];
}

/**
 * The caller's address for rate limits and audit: the right-most X-Forwarded-For entry, i.e. the
 * socket address our server pinned, or the address the trusted proxy saw (a proxy appends the
 * client it talks to). Entries further left are the client's own claims and never used.
 */
export function clientIp(headers: Headers): string | null {
  const parts = (headers.get("x-forwarded-for") ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  return last ? normalize(last) : null;
}
