import { env } from "@/lib/env";

/** The magic link a guest opens. APP_URL (set by the launcher) wins over the request's origin. */
export function guestLinkUrl(raw: string, requestOrigin?: string): string {
  const base = env().APP_URL ?? requestOrigin ?? "http://localhost:3000";
  return `${base.replace(/\/$/, "")}/g/${raw}`;
}
