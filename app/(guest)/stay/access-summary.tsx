"use client";

import { useTranslations } from "next-intl";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestOrderingView } from "@/lib/orders/ordering-state";
import { useOrderingText } from "./_shared/ordering-banner";

type Item = { key: string; label: string; state: "yes" | "later" | "no"; note: string };

/** Tells the guest, in plain words, what this link lets them do right now (the menus' words come from the server's state). */
export function AccessSummary({ view, ordering }: { view: GuestBookingView; ordering: GuestOrderingView }) {
  const t = useTranslations("stay.access");
  const orderingText = useOrderingText();
  const { access, booking } = view;
  const s = access.scopes;
  const stay = booking.stay_status;
  const ended = stay === "departed" || stay === "cancelled";

  /** Ordering as a whole: allowed now when either menu takes orders now; each menu's own words follow. */
  function orderingItem(o: GuestOrderingView): Item {
    const both = [o.room_service, o.breakfast];
    const state = both.some((m) => m.can_add) ? "yes" : both.some((m) => m.code === "CLOSED_NOW" || m.code === "BEFORE_CHECK_IN") ? "later" : "no";
    const rs = orderingText(o.room_service).title;
    // One reason for both when they share it (view-only link, stay ended).
    const note = o.room_service.code === o.breakfast.code && !o.room_service.can_add ? rs : t("order.both", { roomService: rs, breakfast: orderingText(o.breakfast).title });
    return { key: "order", label: t("order.label"), state, note };
  }

  const items: Item[] = [
    { key: "status", label: t("status.label"), state: "yes", note: t("status.note") },
    {
      key: "precheckin",
      label: t("precheckin.label"),
      state: !s.includes("precheckin") ? "no" : access.can_precheckin_now ? "yes" : "no",
      note: !s.includes("precheckin") ? t("notIncluded") : access.can_precheckin_now ? t("precheckin.open") : ended ? t("precheckin.ended") : t("precheckin.closed"),
    },
    orderingItem(ordering),
    {
      key: "chat",
      label: t("chat.label"),
      state: !s.includes("chat") ? "no" : access.can_chat_now ? "yes" : "no",
      note: !s.includes("chat") ? t("notIncluded") : access.can_chat_now ? t("chat.open") : t("chat.closed"),
    },
  ];
  const icon = { yes: "✓", later: "…", no: "✕" } as const;
  const tone = { yes: "bg-emerald-100 text-emerald-900", later: "bg-amber-100 text-amber-900", no: "bg-stone-200 text-stone-700" } as const;
  return (
    <section aria-labelledby="access-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="access-heading" className="font-semibold">
        {t("heading")}
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
