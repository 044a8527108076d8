import { formatDate, formatDateTime } from "@/components/ui/format";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestOrderingView } from "@/lib/orders/ordering-state";
import { DeskContact } from "./_shared/desk-contact";

/** `deadEnd`: nothing more can be done here, so the page says how to reach the desk. */
type Headline = { key: string; title: string; text: string; tone: string; deadEnd?: boolean };

function headline(view: GuestBookingView, o: GuestOrderingView): Headline {
  const b = view.booking;
  const calm = "bg-white ring-stone-200";
  if (b.stay_status === "cancelled") return { key: "cancelled", title: "This booking was cancelled", text: "Nothing can be ordered with it.", tone: "bg-stone-100 ring-stone-300", deadEnd: true };
  if (b.stay_status === "departed")
    return { key: "departed", title: "Your stay has ended", text: `You checked out${b.checked_out_at ? ` on ${formatDateTime(b.checked_out_at, view.hotel.timezone)}` : ""}. Thank you for staying with us. This page stays readable; ordering and chat have closed.`, tone: "bg-stone-100 ring-stone-300", deadEnd: true };
  if (o.room_service.code === "VIEW_ONLY")
    return { key: "view-only", title: "View-only link", text: "This link shows your booking and the menus, but cannot place orders. Ask the front desk for a link that can order.", tone: "bg-stone-100 ring-stone-300", deadEnd: true };
  if (b.stay_status === "upcoming")
    return {
      key: "arriving",
      title: `We look forward to welcoming you on ${formatDate(b.check_in_date)}`,
      text: o.breakfast.can_add ? "You can already order breakfast for your mornings here. Room service opens when you check in." : "Room service opens when you check in.",
      tone: calm,
    };
  return { key: "in-house", title: "You are checked in", text: `Room service: ${o.room_service.title}. Breakfast: ${o.breakfast.title}.`, tone: calm };
}

/** The one true thing /stay says first, for the booking's state and this link. */
export function StayHeadline({ view, ordering }: { view: GuestBookingView; ordering: GuestOrderingView }) {
  const h = headline(view, ordering);
  return (
    <section aria-labelledby="headline-title" data-testid="stay-headline" data-state={h.key} className={`rounded-2xl p-4 shadow-sm ring-1 ${h.tone}`}>
      <h2 id="headline-title" className="font-semibold">
        {h.title}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{h.text}</p>
      {h.deadEnd && (
        <p className="mt-1 text-sm text-stone-700">
          <DeskContact phone={view.hotel.phone} lead="Any question?" />
        </p>
      )}
    </section>
  );
}
