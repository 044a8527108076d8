// The guest portal cookie. Set twice with the same value so it is scoped to the portal pages
// (/stay) and the APIs the portal calls (/api), and never sent to the staff console.
export const GUEST_COOKIE = "guest_token";
export const GUEST_COOKIE_PATHS = ["/stay", "/api"] as const;

export function guestCookieOptions(path: string, expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    path,
    expires,
  };
}
