import { clientPusherConfig } from "@/lib/realtime/config";

// Headers every response carries. The CSP's script nonce is fresh per request; Next reads it from
// the request's Content-Security-Policy header and puts it on the inline scripts it renders.

// Features Chromium knows (an unknown one, such as bluetooth, is logged as an error on every page).
// next.config.mjs sends the same value on build assets; e2e/edges-headers.spec.ts holds them equal.
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()";

/** Where pusher-js may connect: the self-hosted server (by default the page's host) or Pusher Channels. */
export function realtimeConnectSources(pageHostname: string): string[] {
  const config = clientPusherConfig();
  if (!config) return [];
  if (!config.selfHosted) return ["wss://*.pusher.com", "https://*.pusher.com"];
  const { host, port, tls } = config.selfHosted;
  return [`${tls ? "wss" : "ws"}://${host ?? pageHostname}:${port}`];
}

export function contentSecurityPolicy(opts: { nonce: string; pageHostname: string; dev?: boolean }): string {
  const script = [`'self'`, `'nonce-${opts.nonce}'`, `'strict-dynamic'`, ...(opts.dev ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${script.join(" ")}`,
    // React style props and the emails' inline styles are attributes, which nonces cannot cover.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src ${["'self'", ...realtimeConnectSources(opts.pageHostname)].join(" ")}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Sets the fixed security headers (and the CSP) on a response the proxy returns or passes on. */
export function applySecurityHeaders(headers: Headers, csp: string): void {
  headers.set("Content-Security-Policy", csp);
  headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("X-Frame-Options", "DENY");
  if (!headers.has("Referrer-Policy")) headers.set("Referrer-Policy", "same-origin");
}
