import { env } from "@/lib/env";

// The guest portal cookie. Set once per path with the same value so it is scoped to the portal
// pages (/stay), the guest APIs it calls and the magic-link routes (/g, /hotel: they must see which
// booking the device already holds), and never sent to the staff console or its APIs.
export const GUEST_COOKIE = "guest_token";
export const GUEST_COOKIE_PATHS = ["/stay", "/api/public", "/api/notifications", "/g", "/hotel"] as const;

// A link of another booking opened on a device that already holds one waits here (10 minutes)
// until the guest confirms the switch on /stay/switch.
export const PENDING_COOKIE = "guest_token_pending";
export const PENDING_COOKIE_PATH = "/stay";
const PENDING_MAX_AGE_S = 600;

/** Secure whenever the app is reached over HTTPS (directly or behind a TLS-terminating proxy). */
export function isHttps(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https" || (env().APP_URL ?? "").startsWith("https:");
}

function serialize(value: string, path: string, expires: Date | null, secure: boolean, name: string = GUEST_COOKIE): string {
  const parts = [`${name}=${value}`, `Path=${path}`, "HttpOnly", "SameSite=Lax"];
  parts.push(expires ? `Expires=${expires.toUTCString()}` : "Max-Age=0");
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Set-Cookie values for the portal cookie on every path (Headers.append keeps all of them). */
export function guestCookieHeaders(token: string, expires: Date, secure: boolean): string[] {
  return GUEST_COOKIE_PATHS.map((p) => serialize(token, p, expires, secure));
}

export function clearGuestCookieHeaders(secure: boolean): string[] {
  return GUEST_COOKIE_PATHS.map((p) => serialize("", p, null, secure));
}

export function pendingCookieHeader(token: string, secure: boolean): string {
  return serialize(token, PENDING_COOKIE_PATH, new Date(Date.now() + PENDING_MAX_AGE_S * 1000), secure, PENDING_COOKIE);
}

export function clearPendingCookieHeader(secure: boolean): string {
  return serialize("", PENDING_COOKIE_PATH, null, secure, PENDING_COOKIE);
}

/** A cookie's value from a raw Cookie header (route handlers that must not depend on next/headers). */
export function cookieFrom(req: Request, name: string): string | null {
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=") || null;
  }
  return null;
}
