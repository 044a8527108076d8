"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { useNow } from "@/components/kitchen/use-now";
import type { GuestRequestView } from "./request-types";
import { useRequestErrorText } from "./use-request-error";
import { ConfirmCancel } from "../_shared/confirm-cancel";

const CLOSED = new Set(["DONE", "DECLINED", "CANCELLED"]);

const TONE: Record<string, string> = {
  DONE: "bg-emerald-100 text-emerald-900",
  DECLINED: "bg-red-100 text-red-900",
  CANCELLED: "bg-stone-200 text-stone-800",
};

/** One request: what was asked, its status, the promise (or that it is late), who is on it; cancel while NEW. */
export function RequestCard({ request: r, hotelSlug, timezone, onChanged }: { request: GuestRequestView; hotelSlug: string; timezone: string; onChanged: () => void }) {
  const t = useTranslations("requests.card");
  const ts = useTranslations("requests.status");
  const f = useFormat();
  const errorText = useRequestErrorText();
  // The promise is checked against a ticking clock: a page left open sees the minute it passes.
  const now = useNow(15_000);
  const closed = CLOSED.has(r.status);
  // The server's word, and the moment it named (late_at) passing on the page's clock.
  const late = !closed && (r.late || (r.late_at !== null && Date.parse(r.late_at) <= now));
  const status = ts.has(r.status) ? ts(r.status) : r.status_label;

  const d = r.details;
  return (
    <li data-testid="guest-request" data-request-id={r.id} data-status={r.status} data-late={late ? "true" : "false"} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 dir="auto" className="font-semibold">
            {r.name}
          </h3>
          <p className="text-sm text-stone-700">{t("asked", { when: f.dateTime(r.created_at, timezone) })}</p>
        </div>
        <p data-testid="request-status" className={`shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${TONE[r.status] ?? "bg-brand-50 text-brand-800"}`}>
          {status}
        </p>
      </div>
      <ul className="mt-2 space-y-0.5 text-sm">
        {d.items?.map((i) => (
          <li key={i.key} dir="auto">
            {t("itemLine", { quantity: i.quantity, item: i.label })}
          </li>
        ))}
        {d.cleaning && <li>{d.cleaning === "NOW" ? t("cleaningNow") : t("cleaningSkip")}</li>}
        {d.description && (
          <li dir="auto" className="whitespace-pre-line">
            {d.description}
          </li>
        )}
        {r.kind === "WAKE_UP" && r.due_at && <li>{t("wakeAt", { when: f.dateTime(r.due_at, timezone) })}</li>}
        {d.checkout_time && <li>{t("checkoutAt", { time: d.checkout_time })}</li>}
        {r.note && (
          <li dir="auto" className="whitespace-pre-line italic text-stone-700">
            “<bdi>{r.note}</bdi>”
          </li>
        )}
      </ul>
      {late ? (
        <p data-testid="request-late" className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-950 ring-1 ring-amber-300">
          {t("late")}
        </p>
      ) : (
        !closed &&
        r.kind !== "WAKE_UP" && (
          <p data-testid="request-promise" className="mt-2 text-sm font-medium">
            {t("expectedBy", { time: f.time(r.promised_at, timezone) })}
          </p>
        )
      )}
      {r.staff_first_name && r.status !== "CANCELLED" && r.status !== "DECLINED" && (
        <p data-testid="request-staff" className="mt-1 text-sm text-stone-700">
          {r.status === "DONE" ? t.rich("doneBy", { name: r.staff_first_name, bdi: (c) => <bdi>{c}</bdi> }) : t.rich("onIt", { name: r.staff_first_name, bdi: (c) => <bdi>{c}</bdi> })}
        </p>
      )}
      {r.kind === "LATE_CHECKOUT" && r.status === "DONE" && d.checkout_time && <p className="mt-1 text-sm font-medium text-emerald-900">{t("approved", { time: d.checkout_time })}</p>}
      {r.status === "DECLINED" && r.decline_reason && (
        <p data-testid="request-decline-reason" className="mt-2 text-sm text-red-900">
          {t.rich("declined", { reason: r.decline_reason, bdi: (c) => <bdi>{c}</bdi> })}
        </p>
      )}
      <ConfirmCancel
        allowed={r.can_cancel}
        url={`/api/public/hotel/${encodeURIComponent(hotelSlug)}/requests/${encodeURIComponent(r.id)}/cancel/`}
        onChanged={onChanged}
        errorText={errorText}
        labels={{ cancel: t("cancel"), question: t("cancelQuestion"), confirm: t("confirmCancel"), cancelling: t("cancelling"), keep: t("keep") }}
      />
    </li>
  );
}
