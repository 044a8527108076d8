"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiErrorText } from "@/components/i18n/use-api-error";
import { useFieldErrorText } from "@/components/i18n/use-field-error";
import type { GuestBookingView } from "@/lib/bookings/guest-view";

// The pre-check-in form itself, apart from its section (precheckin-section.tsx): only a guest who
// can still send it loads this code and the English field messages it matches against.

type Fields = Record<string, string[]>;
export type PrecheckinMessage = { kind: "ok" | "error"; text: string };

/** Every quarter hour of the day as HH:mm, with the saved time kept when it is not on a quarter. */
function arrivalTimes(saved: string | undefined): string[] {
  const times = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, "0")}:${String((i % 4) * 15).padStart(2, "0")}`);
  return saved && !times.includes(saved) ? [...times, saved].sort() : times;
}

export default function PrecheckinForm({
  view,
  onSaved,
  onLinkInvalid,
  onMessage,
  onCancel,
}: {
  view: GuestBookingView;
  onSaved: (v: GuestBookingView) => void;
  onLinkInvalid: () => void;
  onMessage: (m: PrecheckinMessage | null) => void;
  /** Back to the saved answers; absent when nothing is saved yet. */
  onCancel?: () => void;
}) {
  const saved = view.booking.precheckin;
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Fields>({});
  const id = useId();
  const t = useTranslations("stay.precheckin");
  const apiError = useApiErrorText();
  // The API's field messages in the guest's words (English: exactly the API's), any unknown one as sent.
  const fieldText = useFieldErrorText();

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.currentTarget);
    setBusy(true);
    onMessage(null);
    setFields({});
    try {
      const res = await fetch(`/api/public/hotel/${encodeURIComponent(view.hotel.slug)}/precheckin/`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          arrival_time: form.get("arrival_time"),
          adults: form.get("adults"),
          children: form.get("children"),
          phone: form.get("phone"),
          special_requests: form.get("special_requests"),
        }),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: string; code?: string; fields?: Fields } & Partial<GuestBookingView>;
      if (res.ok && body.booking) {
        onSaved(body as GuestBookingView);
        onMessage({ kind: "ok", text: t("saved") });
      } else if (body.code === "INVALID_TOKEN" || body.code === "TOKEN_REQUIRED") {
        onLinkInvalid();
      } else {
        setFields(body.fields ?? {});
        // NOT_AVAILABLE here means the stay has started (the common words speak of an order's dishes).
        const refusal = body.code === "NOT_AVAILABLE" ? t("notAvailable") : apiError(body.code, body.error ?? t("couldNotSave"));
        onMessage({ kind: "error", text: body.fields ? t("checkFields") : refusal });
      }
    } catch {
      onMessage({ kind: "error", text: t("offline") });
    } finally {
      setBusy(false);
    }
  }

  const err = (name: string) =>
    fields[name]?.length ? (
      <p id={`${id}-${name}-err`} className="mt-1 text-sm text-red-800">
        {fields[name]?.map(fieldText).join(" ")}
      </p>
    ) : null;
  const described = (name: string) => (fields[name]?.length ? `${id}-${name}-err` : undefined);
  const input = "mt-1 block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";


  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-4" aria-busy={busy}>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <div>
        <label htmlFor={`${id}-arrival`} className="block text-sm font-medium">
          {t("arrivalLabel")}
        </label>
        {/* A list of 24-hour times, not the browser's time field (which shows 03:00 PM in some locales). */}
        <select id={`${id}-arrival`} name="arrival_time" required defaultValue={saved?.arrival_time ?? "15:00"} aria-invalid={Boolean(fields.arrival_time)} aria-describedby={described("arrival_time")} className={input}>
          {arrivalTimes(saved?.arrival_time).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        {err("arrival_time")}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor={`${id}-adults`} className="block text-sm font-medium">
            {t("adults")}
          </label>
          <input id={`${id}-adults`} name="adults" type="number" inputMode="numeric" min={1} max={10} required defaultValue={saved?.adults ?? view.booking.adults} aria-invalid={Boolean(fields.adults)} aria-describedby={described("adults")} className={input} />
          {err("adults")}
        </div>
        <div>
          <label htmlFor={`${id}-children`} className="block text-sm font-medium">
            {t("children")}
          </label>
          <input id={`${id}-children`} name="children" type="number" inputMode="numeric" min={0} max={10} defaultValue={saved?.children ?? view.booking.children} aria-invalid={Boolean(fields.children)} aria-describedby={described("children")} className={input} />
          {err("children")}
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-phone`} className="block text-sm font-medium">
          {t.rich("phoneLabel", { optional: (c) => <span className="font-normal text-stone-600">{c}</span> })}
        </label>
        <input id={`${id}-phone`} name="phone" type="tel" dir="ltr" autoComplete="tel" defaultValue={saved?.phone ?? ""} aria-invalid={Boolean(fields.phone)} aria-describedby={described("phone")} className={`${input} rtl:text-end`} />
        {err("phone")}
      </div>
      <div>
        <label htmlFor={`${id}-requests`} className="block text-sm font-medium">
          {t.rich("requestsLabel", { optional: (c) => <span className="font-normal text-stone-600">{c}</span> })}
        </label>
        <textarea id={`${id}-requests`} name="special_requests" rows={3} maxLength={1000} defaultValue={saved?.special_requests ?? ""} aria-invalid={Boolean(fields.special_requests)} aria-describedby={described("special_requests")} className={input} />
        {err("special_requests")}
      </div>
      <div className="flex gap-3">
        <button type="submit" disabled={busy} className="rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t("sending") : t("send")}
        </button>
        {saved && (
          <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 font-medium text-stone-700 hover:bg-stone-100">
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
