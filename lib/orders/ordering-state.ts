import { canOrderNow, stayState } from "@/lib/bookings/stay-rules";
import { inWindow, nextOpening, roomServiceAllDay, toMinutes } from "@/lib/menus/hours";
import { localDate, localTime } from "@/lib/time/zoned";
import { tokenScopes } from "@/lib/tokens/scopes";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cutoffFor, stayMornings } from "./breakfast/rules";

// The one true thing each menu says at the top of the page (and /stay says for it), from the
// same rules the order APIs apply: the link's scope, the stay, the hours and the cut-off.

export type OrderingCode = "OPEN" | "VIEW_ONLY" | "STAY_ENDED" | "BEFORE_CHECK_IN" | "CLOSED_NOW" | "NO_MORNING_LEFT";

export type OrderingState = {
  code: OrderingCode;
  /** Whether Add and Place order work now; when false, `title` and `message` say why. */
  can_add: boolean;
  title: string;
  message: string;
  /** Room service closed now: the hotel time it opens ("07:00"). */
  opens_at: string | null;
  /** Breakfast: the first morning still open for ordering (YYYY-MM-DD). */
  next_morning: string | null;
};

export type GuestOrderingView = { room_service: OrderingState; breakfast: OrderingState };

const state = (code: OrderingCode, title: string, message: string, extra: Partial<OrderingState> = {}): OrderingState => ({
  code,
  can_add: code === "OPEN",
  title,
  message,
  opens_at: null,
  next_morning: null,
  ...extra,
});

/** Both menus' state for this link and booking at `now`. */
export function guestOrderingView(access: Pick<GuestAccess, "token" | "booking" | "hotel">, now = new Date()): GuestOrderingView {
  const { booking, hotel } = access;
  const stay = stayState(booking);
  const viewOnly = !tokenScopes(access.token).includes("order");
  const ended = stay === "departed" || stay === "cancelled";
  const common = viewOnly
    ? state("VIEW_ONLY", "View-only link", "This link shows your booking and the menus but cannot place orders. Ask the front desk for a link that can order.")
    : ended
      ? state("STAY_ENDED", "Your stay has ended", stay === "cancelled" ? "This booking was cancelled, so nothing can be ordered with it." : "Ordering closed at check-out. Thank you for staying with us.")
      : null;

  // Round the clock has no closing time to name ("until 00:00" would be untrue).
  const allDay = roomServiceAllDay(hotel);
  const rsHours = allDay ? "round the clock" : `${hotel.roomServiceOpens}–${hotel.roomServiceCloses}, hotel time`;
  const nowLocal = localTime(now, hotel.timezone);
  let roomService: OrderingState;
  if (common) roomService = common;
  else if (!canOrderNow(booking)) roomService = state("BEFORE_CHECK_IN", "Opens at check-in", `Room service can be ordered once you have checked in (${rsHours}).`);
  else {
    const window = { from: hotel.roomServiceOpens, until: hotel.roomServiceCloses };
    const minute = toMinutes(nowLocal);
    if (allDay) roomService = state("OPEN", "Open 24 hours", `Room service round the clock (now ${nowLocal}, hotel time).`);
    else if (inWindow(minute, window)) roomService = state("OPEN", `Open now until ${hotel.roomServiceCloses}`, `Room service ${rsHours} (now ${nowLocal}).`);
    else {
      const opens = nextOpening(minute, [window]) ?? hotel.roomServiceOpens;
      roomService = state("CLOSED_NOW", `Closed now – opens ${opens}`, `Room service is open ${rsHours} (now ${nowLocal}).`, { opens_at: opens });
    }
  }

  let breakfast: OrderingState;
  if (common) breakfast = common;
  else {
    // The breakfast API's rule (lib/orders/breakfast/rules.ts): a morning of the stay, not past,
    // before its cut-off the evening before; allowed before arrival too.
    const today = localDate(now, hotel.timezone);
    const next = stayMornings(booking).find((d) => d >= today && now.getTime() < cutoffFor(d, hotel).getTime()) ?? null;
    const served = `Served ${hotel.breakfastServingStart}–${hotel.breakfastServingEnd}; order by ${hotel.breakfastCutoff} the evening before (hotel time).`;
    breakfast = !next
      ? state("NO_MORNING_LEFT", "No breakfast left to order", `The order time for every morning of your stay has passed (${hotel.breakfastCutoff} the evening before).`)
      : stay === "upcoming"
        ? state("OPEN", "Order breakfast before you arrive", served, { next_morning: next })
        : state("OPEN", `Order by ${hotel.breakfastCutoff} the evening before`, served, { next_morning: next });
  }
  return { room_service: roomService, breakfast };
}
