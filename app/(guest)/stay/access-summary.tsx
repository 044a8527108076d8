import type { GuestBookingView } from "@/lib/bookings/guest-view";

type Item = { key: string; label: string; state: "yes" | "later" | "no"; note: string };

/** Tells the guest, in plain words, what this link lets them do right now. */
export function AccessSummary({ view }: { view: GuestBookingView }) {
  const { access, booking } = view;
  const s = access.scopes;
  const departed = booking.stay_status === "departed";
  const items: Item[] = [
    { key: "status", label: "See your booking", state: "yes", note: "Dates, room and stay status" },
    {
      key: "precheckin",
      label: "Pre-check-in",
      state: !s.includes("precheckin") ? "no" : access.can_precheckin_now ? "yes" : "no",
      note: !s.includes("precheckin") ? "Not included in this link" : access.can_precheckin_now ? "Tell us when you arrive" : "Closed once your stay has started",
    },
    {
      key: "order",
      label: "Room service & breakfast",
      state: !s.includes("order") ? "no" : access.can_order_now ? "yes" : departed ? "no" : "later",
      note: !s.includes("order") ? "Not included in this link" : access.can_order_now ? "Allowed with this link during your stay" : departed ? "Not available after check-out" : "Opens when you check in",
    },
    {
      key: "chat",
      label: "Chat with the front desk",
      state: !s.includes("chat") ? "no" : access.can_chat_now ? "yes" : "no",
      note: !s.includes("chat") ? "Not included in this link" : access.can_chat_now ? "Allowed with this link" : "Not available after check-out",
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
