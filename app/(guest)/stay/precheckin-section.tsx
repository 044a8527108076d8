"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { PrecheckinMessage } from "./precheckin-form";

// The form loads only for a guest who can still send it (an in-house guest never does); rendered
// on the server like the rest, so a guest who sees it on arrival gets it in the first paint.
const loadForm = () => import("./precheckin-form");
const PrecheckinForm = dynamic(loadForm);

export function PrecheckinSection({
  view,
  onSaved,
  onLinkInvalid,
}: {
  view: GuestBookingView;
  onSaved: (v: GuestBookingView) => void;
  onLinkInvalid: () => void;
}) {
  const saved = view.booking.precheckin;
  // Only an explicit "Change details" reopens the form, so answers saved elsewhere (another
  // member of the party, live) show as received instead of leaving a stale empty form.
  const [editRequested, setEditRequested] = useState(false);
  const editing = !saved || editRequested;
  const [message, setMessage] = useState<PrecheckinMessage | null>(null);
  const id = useId();
  const t = useTranslations("stay.precheckin");
  const f = useFormat();
  // A guest who may still change the answers gets the form's code ahead of the tap on "Change details".
  useEffect(() => {
    if (view.access.can_precheckin_now) void loadForm();
  }, [view.access.can_precheckin_now]);

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id={`${id}-h`} className="font-semibold">
        {t("heading")}
      </h2>
      <div aria-live="polite">
        {message && (
          <p role={message.kind === "error" ? "alert" : "status"} className={`mt-3 rounded-lg p-3 text-sm ${message.kind === "ok" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}>
            {message.text}
          </p>
        )}
      </div>
      {saved && !editing && (
        <div data-testid="precheckin-summary" className="mt-3 text-sm">
          <p className="text-emerald-800">
            {view.booking.precheckin_submitted_at ? t("receivedAt", { when: f.dateTime(view.booking.precheckin_submitted_at, view.hotel.timezone) }) : t("received")}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-2">
            <dt className="text-stone-600">{t("arrival")}</dt>
            <dd>{saved.arrival_time}</dd>
            <dt className="text-stone-600">{t("guests")}</dt>
            <dd>
              {saved.children > 0 ? t("partyWithChildren", { adults: saved.adults, children: saved.children }) : t("party", { adults: saved.adults })}
            </dd>
            <dt className="text-stone-600">{t("phone")}</dt>
            <dd>{saved.phone ? <span dir="ltr">{saved.phone}</span> : "—"}</dd>
            <dt className="text-stone-600">{t("requests")}</dt>
            <dd dir="auto" className="whitespace-pre-wrap">{saved.special_requests ?? "—"}</dd>
          </dl>
          {view.access.can_precheckin_now && (
            <button type="button" onClick={() => setEditRequested(true)} className="mt-3 rounded-lg border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
              {t("change")}
            </button>
          )}
        </div>
      )}
      {!view.access.can_precheckin_now && !saved && <p className="mt-2 text-sm text-stone-700">{view.booking.stay_status === "in_house" ? t("closedStarted") : t("closedEnded")}</p>}
      {editing && view.access.can_precheckin_now && (
        <PrecheckinForm
          view={view}
          onSaved={(v) => {
            onSaved(v);
            setEditRequested(false);
          }}
          onLinkInvalid={onLinkInvalid}
          onMessage={setMessage}
          onCancel={saved ? () => setEditRequested(false) : undefined}
        />
      )}
    </section>
  );
}
