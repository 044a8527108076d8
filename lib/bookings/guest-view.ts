import type { GuestAccess } from "@/lib/tokens/validate";
import { guestBookingChannel, guestChatChannel, roomServiceChannel } from "@/lib/realtime/channels";
import { tokenScopes } from "@/lib/tokens/scopes";
import { canChatNow, canOrderNow, canPrecheckin, checkOutTimeOf, stayState } from "./stay-rules";

/** What the guest sees of their booking (the booking status API and the portal share it). */
export function guestBookingView(access: GuestAccess) {
  const { booking, hotel, token, roomNumber } = access;
  const scopes = tokenScopes(token);
  const channels: { booking: string; chat?: string; room_service?: string } = { booking: guestBookingChannel(booking.reference) };
  const departed = stayState(booking) === "departed";
  if (scopes.includes("chat") && !departed) channels.chat = guestChatChannel(booking.reference);
  if (scopes.includes("order") && !departed) channels.room_service = roomServiceChannel(booking.reference);
  return {
    booking: {
      booking_id: booking.reference,
      status: booking.status,
      stay_status: stayState(booking),
      primary_guest_name: booking.primaryGuestName,
      check_in_date: booking.checkInDate,
      check_out_date: booking.checkOutDate,
      check_out_time: checkOutTimeOf(booking, hotel),
      late_checkout_time: booking.lateCheckoutTime,
      room_number: roomNumber,
      adults: booking.adults,
      children: booking.children,
      checked_in_at: booking.checkedInAt?.toISOString() ?? null,
      checked_out_at: booking.checkedOutAt?.toISOString() ?? null,
      precheckin: booking.precheckin
        ? {
            arrival_time: booking.precheckin.arrivalTime,
            adults: booking.precheckin.adults,
            children: booking.precheckin.children,
            phone: booking.precheckin.phone,
            special_requests: booking.precheckin.specialRequests,
          }
        : null,
      precheckin_submitted_at: booking.precheckinSubmittedAt?.toISOString() ?? null,
    },
    hotel: { slug: hotel.slug, name: hotel.name, timezone: hotel.timezone, currency: hotel.currency, phone: hotel.phone },
    access: {
      link_id: token.id,
      purpose: token.purpose,
      scopes,
      can_order_services: token.canOrderServices,
      can_chat: token.canChat,
      expires_at: token.expiresAt.toISOString(),
      can_precheckin_now: scopes.includes("precheckin") && canPrecheckin(booking),
      can_order_now: scopes.includes("order") && canOrderNow(booking),
      can_chat_now: scopes.includes("chat") && canChatNow(booking),
    },
    channels,
  };
}

export type GuestBookingView = ReturnType<typeof guestBookingView>;
