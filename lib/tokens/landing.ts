import type { GuestBookingToken } from "@/lib/db/schema";
import { hasScope } from "./scopes";

/**
 * Where a magic link lands once its token is in the cookie: a chat link (the unseen-reply email's)
 * opens the live conversation; every other link opens the portal's front page.
 */
export function landingFor(token: Pick<GuestBookingToken, "purpose" | "canOrderServices" | "canChat">): string {
  return token.purpose === "CHAT" && hasScope(token, "chat") ? "/stay/chat" : "/stay";
}
