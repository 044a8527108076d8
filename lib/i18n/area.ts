// Which requests render in the guest's language: the portal, its magic-link routes and the
// link-problem page. The proxy marks them with this request header (and strips a client's copy);
// everything else (console, kitchen, sign-in) renders in English.
export const GUEST_AREA_HEADER = "x-guest-area";

export function isGuestArea(pathname: string): boolean {
  return ["/stay", "/link-problem", "/g", "/hotel"].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
