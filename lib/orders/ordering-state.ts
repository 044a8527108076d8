import { canOrderNow, stayState } from "@/lib/bookings/stay-rules";
import { inWindow, nextOpening, roomServiceAllDay, toMinutes } from "@/lib/menus/hours";
import { localDate, localTime } from "@/lib/time/zoned";
import { tokenScopes } from "@/lib/tokens/scopes";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cutoffFor, stayMornings } from "./breakfast/rules";

// The one true thing each menu says at the top of the page (and /stay says for it), from the
// same rules the order APIs apply: the link's scope, the stay, the hours and the cut-off.

export type OrderingCode = "OPEN" | "VIEW_ONLY" | "STAY_ENDED" | "BEFORE_CHECK_IN" | "CLOSED_NOW" | "NO_MORNING_LEFT";

export type OrderingMenu = "room_service" | "breakfast";

/**
 * Every value `title` and `message` are built from, so a client can say the same in the guest's
 * language from `menu`, `code` and these (common.ordering.<menu>.<code> in lib/i18n/messages).
 * Times are HH:mm in the hotel's zone.
 */
export type OrderingParams = {
  /** STAY_ENDED: the booking was cancelled (else the guest checked out). */
  cancelled?: boolean;
  /** Room service: open round the clock (then `opens` equals `closes`). */
  allDay?: boolean;
  /** Room service's daily hours. */
  opens?: string;
  closes?: string;
  /** Room service: the hotel's time now. */
  now?: string;
  /** Room service closed now: when it opens next. */
  nextOpening?: string;
  /** Breakfast: serving hours and the order cut-off the evening before. */
  servingStart?: string;
  servingEnd?: string;
  cutoff?: string;
  /** Breakfast open: the guest has not arrived yet. */
  beforeArrival?: boolean;
};

export type OrderingState = {
  /** The menu this state is for. */
  menu: OrderingMenu;
  code: OrderingCode;
  /** Whether Add and Place order work now; when false, `title` and `message` say why. */
  can_add: boolean;
  title: string;
  message: string;
  /** Room service closed now: the hotel time it opens ("07:00"). */
  opens_at: string | null;
  /** Breakfast: the first morning still open for ordering (YYYY-MM-DD). */
  next_morning: string | null;
  /** The values `title` and `message` use, to say them in another language. */
  params: OrderingParams;
};

export type GuestOrderingView = { room_service: OrderingState; breakfast: OrderingState };

const state = (menu: OrderingMenu, code: OrderingCode, title: string, message: string, params: OrderingParams, extra: Partial<Pick<OrderingState, "opens_at" | "next_morning">> = {}): OrderingState => ({
  menu,
  code,
  can_add: code === "OPEN",
  title,
  message,
  opens_at: null,
  next_morning: null,
  ...extra,
  params,
});

/** Both menus' state for this link and booking at `now`. */
export function guestOrderingView(access: Pick<GuestAccess, "token" | "booking" | "hotel">, now = new Date()): GuestOrderingView {
  const { booking, hotel } = access;
  const stay = stayState(booking);
  const viewOnly = !tokenScopes(access.token).includes("order");
  const ended = stay === "departed" || stay === "cancelled";
  // The same words for both menus when the link or the stay rules ordering out.
  const common = (menu: OrderingMenu) =>
    viewOnly
      ? state(menu, "VIEW_ONLY", "View-only link", "This link shows your booking and the menus but cannot place orders. Ask the front desk for a link that can order.", {})
      : ended
        ? state(menu, "STAY_ENDED", "Your stay has ended", stay === "cancelled" ? "This booking was cancelled, so nothing can be ordered with it." : "Ordering closed at check-out. Thank you for staying with us.", { cancelled: stay === "cancelled" })
        : null;

  // Round the clock has no closing time to name ("until 00:00" would be untrue).
  const allDay = roomServiceAllDay(hotel);
  const rsHours = allDay ? "round the clock" : `${hotel.roomServiceOpens}–${hotel.roomServiceCloses}, hotel time`;
  const nowLocal = localTime(now, hotel.timezone);
  const hours = { allDay, opens: hotel.roomServiceOpens, closes: hotel.roomServiceCloses };
  const rs = (code: OrderingCode, title: string, message: string, params: OrderingParams, extra?: Partial<Pick<OrderingState, "opens_at">>) => state("room_service", code, title, message, params, extra);
  let roomService: OrderingState;
  const rsCommon = common("room_service");
  if (rsCommon) roomService = rsCommon;
  else if (!canOrderNow(booking)) roomService = rs("BEFORE_CHECK_IN", "Opens at check-in", `Room service can be ordered once you have checked in (${rsHours}).`, hours);
  else {
    const window = { from: hotel.roomServiceOpens, until: hotel.roomServiceCloses };
    const minute = toMinutes(nowLocal);
    if (allDay) roomService = rs("OPEN", "Open 24 hours", `Room service round the clock (now ${nowLocal}, hotel time).`, { ...hours, now: nowLocal });
    else if (inWindow(minute, window)) roomService = rs("OPEN", `Open now until ${hotel.roomServiceCloses}`, `Room service ${rsHours} (now ${nowLocal}).`, { ...hours, now: nowLocal });
    else {
      const opens = nextOpening(minute, [window]) ?? hotel.roomServiceOpens;
      roomService = rs("CLOSED_NOW", `Closed now – opens ${opens}`, `Room service is open ${rsHours} (now ${nowLocal}).`, { ...hours, now: nowLocal, nextOpening: opens }, { opens_at: opens });
    }
  }

  let breakfast: OrderingState;
  const bfCommon = common("breakfast");
  if (bfCommon) breakfast = bfCommon;
  else {
    // The breakfast API's rule (lib/orders/breakfast/rules.ts): a morning of the stay, not past,
    // before its cut-off the evening before; allowed before arrival too.
    const today = localDate(now, hotel.timezone);
    const next = stayMornings(booking).find((d) => d >= today && now.getTime() < cutoffFor(d, hotel).getTime()) ?? null;
    const served = `Served ${hotel.breakfastServingStart}–${hotel.breakfastServingEnd}; order by ${hotel.breakfastCutoff} the evening before (hotel time).`;
    const times = { servingStart: hotel.breakfastServingStart, servingEnd: hotel.breakfastServingEnd, cutoff: hotel.breakfastCutoff };
    breakfast = !next
      ? state("breakfast", "NO_MORNING_LEFT", "No breakfast left to order", `The order time for every morning of your stay has passed (${hotel.breakfastCutoff} the evening before).`, times)
      : stay === "upcoming"
        ? state("breakfast", "OPEN", "Order breakfast before you arrive", served, { ...times, beforeArrival: true }, { next_morning: next })
        : state("breakfast", "OPEN", `Order by ${hotel.breakfastCutoff} the evening before`, served, { ...times, beforeArrival: false }, { next_morning: next });
  }
  return { room_service: roomService, breakfast };
}
