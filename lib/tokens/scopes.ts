import type { GuestBookingToken, TokenPurpose } from "@/lib/db/schema";

export type Scope = "view" | "precheckin" | "order" | "chat";

export const PURPOSE_SCOPES: Record<TokenPurpose, readonly Scope[]> = {
  STATUS: ["view"],
  PRECHECKIN: ["view", "precheckin"],
  ROOM_SERVICES: ["view", "order"],
  CHAT: ["view", "chat"],
  FULL_ACCESS: ["view", "precheckin", "order", "chat"],
};

// The seed's wording for a valid token that lacks a scope.
export const MISSING_SCOPE_MESSAGE: Record<Scope, string> = {
  view: "Booking access disabled",
  precheckin: "Pre-check-in access disabled",
  order: "Room service access disabled",
  chat: "Chat access disabled",
};

/** What a token allows: its purpose's scopes, narrowed (never widened) by the two flags. */
export function tokenScopes(t: Pick<GuestBookingToken, "purpose" | "canOrderServices" | "canChat">): Scope[] {
  return PURPOSE_SCOPES[t.purpose].filter((s) => {
    if (s === "order") return t.canOrderServices;
    if (s === "chat") return t.canChat;
    return true;
  });
}

export function hasScope(t: Pick<GuestBookingToken, "purpose" | "canOrderServices" | "canChat">, scope: Scope): boolean {
  return tokenScopes(t).includes(scope);
}
