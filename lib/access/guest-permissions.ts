import type { Booking, GuestBookingToken } from "@/lib/db/schema";
import { hasScope } from "@/lib/tokens/scopes";
import { stayState } from "@/lib/bookings/stay-rules";

export type GuestPermissions = { can_chat: boolean; can_order_services: boolean };

/**
 * What a link really lets its guest do, as signed into Pusher identities: the purpose's scopes,
 * narrowed by the link's two flags, and ended by check-out (the same rule the chat and
 * room-service channels follow). Never the raw flags: a STATUS link has them set but no scope.
 */
export function guestPermissions(access: { token: Pick<GuestBookingToken, "purpose" | "canChat" | "canOrderServices">; booking: Pick<Booking, "status" | "checkedInAt" | "checkedOutAt"> }): GuestPermissions {
  const state = stayState(access.booking);
  const staying = state === "upcoming" || state === "in_house";
  return {
    can_chat: staying && hasScope(access.token, "chat"),
    can_order_services: staying && hasScope(access.token, "order"),
  };
}
