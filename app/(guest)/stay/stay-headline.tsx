"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestOrderingView } from "@/lib/orders/ordering-state";
import { DeskContact } from "./_shared/desk-contact";
import { useOrderingText } from "./_shared/ordering-banner";

/** `deadEnd`: nothing more can be done here, so the page says how to reach the desk. */
type Headline = { key: string; title: string; text: string; tone: string; deadEnd?: boolean };

/** The one true thing /stay says first, for the booking's state and this link. */
export function StayHeadline({ view, ordering }: { view: GuestBookingView; ordering: GuestOrderingView }) {
  const t = useTranslations("stay.headline");
  const f = useFormat();
  const orderingText = useOrderingText();

  function headline(): Headline {
    const b = view.booking;
    const o = ordering;
    const calm = "bg-white ring-stone-200";
    if (b.stay_status === "cancelled") return { key: "cancelled", title: t("cancelled.title"), text: t("cancelled.text"), tone: "bg-stone-100 ring-stone-300", deadEnd: true };
    if (b.stay_status === "departed")
      return {
        key: "departed",
        title: t("departed.title"),
        text: b.checked_out_at ? t("departed.textAt", { when: f.dateTime(b.checked_out_at, view.hotel.timezone) }) : t("departed.text"),
        tone: "bg-stone-100 ring-stone-300",
        deadEnd: true,
      };
    if (o.room_service.code === "VIEW_ONLY") return { key: "view-only", title: t("viewOnly.title"), text: t("viewOnly.text"), tone: "bg-stone-100 ring-stone-300", deadEnd: true };
    if (b.stay_status === "upcoming")
      return {
        key: "arriving",
        title: t("arriving.title", { date: f.date(b.check_in_date) }),
        text: o.breakfast.can_add ? t("arriving.textBreakfast") : t("arriving.text"),
        tone: calm,
      };
    return { key: "in-house", title: t("inHouse.title"), text: t("inHouse.text", { roomService: orderingText(o.room_service).title, breakfast: orderingText(o.breakfast).title }), tone: calm };
  }

  const h = headline();
  return (
    <section aria-labelledby="headline-title" data-testid="stay-headline" data-state={h.key} className={`rounded-2xl p-4 shadow-sm ring-1 ${h.tone}`}>
      <h2 id="headline-title" className="font-semibold">
        {h.title}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{h.text}</p>
      {h.deadEnd && (
        <p className="mt-1 text-sm text-stone-700">
          <DeskContact phone={view.hotel.phone} lead={t("anyQuestion")} />
        </p>
      )}
    </section>
  );
}
