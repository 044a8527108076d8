import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestOrderingView } from "@/lib/orders/ordering-state";

type Item = { key: string; label: string; state: "yes" | "later" | "no"; note: string };

/** Ordering as a whole: allowed now when either menu takes orders now; each menu's own words follow. */
function orderingItem(o: GuestOrderingView): Item {
  const both = [o.room_service, o.breakfast];
  const state = both.some((m) => m.can_add) ? "yes" : both.some((m) => m.code === "CLOSED_NOW" || m.code === "BEFORE_CHECK_IN") ? "later" : "no";
  // One reason for both when they share it (view-only link, stay ended).
  const note = o.room_service.code === o.breakfast.code && !o.room_service.can_add ? o.room_service.title : `Room service: ${o.room_service.title}. Breakfast: ${o.breakfast.title}.`;
  return { key: "order", label: "Room service & breakfast", state, note };
}

/** Tells the guest, in plain words, what this link lets them do right now (the menus' words come from the server). */
export function AccessSummary({ view, ordering }: { view: GuestBookingView; ordering: GuestOrderingView }) {
  const { access, booking } = view;
  const s = access.scopes;
  const stay = booking.stay_status;
  const ended = stay === "departed" || stay === "cancelled";
  const items: Item[] = [
    { key: "status", label: "See your booking", state: "yes", note: "Dates, room and stay status" },
    {
      key: "precheckin",
      label: "Pre-check-in",
      state: !s.includes("precheckin") ? "no" : access.can_precheckin_now ? "yes" : "no",
      note: !s.includes("precheckin") ? "Not included in this link" : access.can_precheckin_now ? "Tell us when you arrive" : ended ? "Your stay has ended" : "Closed once your stay has started",
    },
    orderingItem(ordering),
    {
      key: "chat",
      label: "Chat with the front desk",
      state: !s.includes("chat") ? "no" : access.can_chat_now ? "yes" : "no",
      note: !s.includes("chat") ? "Not included in this link" : access.can_chat_now ? "Allowed with this link" : "Your stay has ended: chat closed at check-out",
    },
  ];
  const icon = { yes: "✓", later: "…", no: "✕" } as const;
  const tone = { yes: "bg-emerald-100 text-emerald-900", later: "bg-amber-100 text-amber-900", no: "bg-stone-200 text-stone-700" } as const;
  return (
    <section aria-labelledby="access-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="access-heading" className="font-semibold">
        What this link lets you do
      </h2>
      <ul className="mt-3 space-y-2">
        {items.map((i) => (
          <li key={i.key} data-testid={`access-${i.key}`} data-state={i.state} className="flex items-center gap-3">
            <span aria-hidden="true" className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${tone[i.state]}`}>
              {icon[i.state]}
            </span>
            <span>
              <span className="block font-medium">{i.label}</span>
              <span className="block text-sm text-stone-600">{i.note}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
