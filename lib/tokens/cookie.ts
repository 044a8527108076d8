// The guest portal cookie. Set once per path with the same value so it is scoped to the portal
// pages (/stay) and the guest APIs it calls, and never sent to the staff console or its APIs.
export const GUEST_COOKIE = "guest_token";
export const GUEST_COOKIE_PATHS = ["/stay", "/api/public", "/api/notifications"] as const;

/** Secure whenever the app is reached over HTTPS (directly or behind a TLS-terminating proxy). */
export function isHttps(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto") === "https" || (process.env.APP_URL ?? "").startsWith("https:");
}

function serialize(value: string, path: string, expires: Date | null, secure: boolean): string {
  const parts = [`${GUEST_COOKIE}=${value}`, `Path=${path}`, "HttpOnly", "SameSite=Lax"];
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
