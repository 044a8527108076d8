"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { guestApi } from "../_order/guest-api";
import type { GuestRequestType, GuestRequestTypesAnswer, GuestRequestView } from "./request-types";
import { checkoutChoices } from "./checkout-choices";
import { useRequestErrorText } from "./use-request-error";
import { defaultWakeTime, wakeUpDays } from "./wake-up-window";

type Refusal = { code: string; message: string };

const field = "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base";

/**
 * The form of one request type, by its kind. What can be chosen (items and their most, the stay's
 * days, the check-out range) is the server's answer; the server judges again on send.
 */
export function RequestForm({
  type,
  answer,
  hotelSlug,
  onSent,
  onLinkInvalid,
}: {
  type: GuestRequestType;
  answer: GuestRequestTypesAnswer;
  hotelSlug: string;
  onSent: (request: GuestRequestView) => void;
  onLinkInvalid: () => void;
}) {
  const t = useTranslations("requests.form");
  const f = useFormat();
  const errorText = useRequestErrorText();
  const id = useId();
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [cleaning, setCleaning] = useState<"NOW" | "SKIP_TODAY">("NOW");
  const [text, setText] = useState("");
  const [note, setNote] = useState("");
  const wakeDays = wakeUpDays(type.options.earliest, type.options.latest);
  // The first morning 07:00 still fits (usually tomorrow), else the window's first day.
  const firstDay = wakeDays.find((d) => defaultWakeTime(d) === "07:00") ?? wakeDays[0];
  const [wakeDay, setWakeDay] = useState(firstDay?.date ?? "");
  const [wakeTime, setWakeTime] = useState(firstDay ? defaultWakeTime(firstDay) : "07:00");
  const wakeWindow = wakeDays.find((d) => d.date === wakeDay) ?? wakeDays[0];
  const choices = checkoutChoices(type.options.after ?? answer.check_out_time, type.options.latest_checkout ?? null);
  const [checkout, setCheckout] = useState(choices[0] ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A send that got no answer is sent again with the same key, so it cannot be made twice.
  const unanswered = useRef<string | null>(null);

  const items = type.options.items ?? [];
  const kind = type.kind;

  function body(): Record<string, unknown> | string {
    const base: Record<string, unknown> = { type_id: type.id };
    if (note.trim()) base.note = note.trim();
    switch (kind) {
      case "AMENITIES": {
        const picked = items.filter((i) => (quantities[i.key] ?? 0) > 0).map((i) => ({ key: i.key, quantity: quantities[i.key]! }));
        return picked.length ? { ...base, items: picked } : t("pickOne");
      }
      case "CLEANING":
        return { ...base, cleaning };
      case "MAINTENANCE":
        return text.trim().length >= 3 ? { ...base, description: text.trim() } : t("tooShort");
      case "WAKE_UP":
        return wakeDay && wakeTime ? { ...base, wake_at: `${wakeDay}T${wakeTime}` } : t("required");
      case "LATE_CHECKOUT":
        return checkout ? { ...base, checkout_time: checkout } : t("required");
      case "OTHER":
        return text.trim().length >= 3 ? { ...base, note: text.trim() } : t("tooShort");
      default:
        // A kind newer than this page: its note alone, and the server says what is missing.
        return base;
    }
  }

  const send = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const data = body();
    setRefusal(null);
    if (typeof data === "string") return setProblem(data);
    setProblem(null);
    setBusy(true);
    const key = unanswered.current ?? crypto.randomUUID();
    const res = await guestApi<{ request: GuestRequestView }>(`/api/public/hotel/${encodeURIComponent(hotelSlug)}/requests/`, { method: "POST", body: data, idempotencyKey: key });
    setBusy(false);
    unanswered.current = !res.ok && res.status === 0 ? key : null;
    if (res.ok) return onSent(res.data.request);
    if ((res.status === 401 || res.status === 403) && res.code !== "MISSING_SCOPE" && res.code !== "NOT_DURING_STAY") return onLinkInvalid();
    setRefusal({ code: res.code, message: res.message });
  };

  const noteField = (
    <label className="block text-sm font-medium">
      {t("note")}
      <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} dir="auto" className={field} />
    </label>
  );
  const blocked = (kind === "WAKE_UP" && wakeDays.length === 0) || (kind === "LATE_CHECKOUT" && choices.length === 0);

  return (
    <form onSubmit={(e) => void send(e)} noValidate className="mt-3 space-y-3 border-t border-stone-200 pt-3" data-testid="request-form" data-kind={kind}>
      {kind === "AMENITIES" && (
        <fieldset>
          <legend className="text-sm font-medium">{t("itemsLegend")}</legend>
          <ul className="mt-1 divide-y divide-stone-100">
            {items.map((i) => {
              const q = quantities[i.key] ?? 0;
              const set = (n: number) => setQuantities((prev) => ({ ...prev, [i.key]: Math.max(0, Math.min(i.max, n)) }));
              return (
                <li key={i.key} data-testid="request-item" className="flex items-center justify-between gap-3 py-2">
                  <span className="min-w-0">
                    <span dir="auto" className="block">
                      {i.label}
                    </span>
                    <span className="block text-xs text-stone-600">{t("upTo", { max: i.max })}</span>
                  </span>
                  <span className="flex shrink-0 items-center gap-2">
                    <button type="button" aria-label={t("less", { item: i.label })} disabled={q === 0} onClick={() => set(q - 1)} className="h-11 w-11 rounded-full text-xl font-semibold ring-1 ring-stone-300 disabled:opacity-40">
                      −
                    </button>
                    <output aria-live="polite" aria-label={i.label} data-testid="request-item-quantity" className="w-6 text-center font-semibold tabular-nums">
                      {q}
                    </output>
                    <button type="button" aria-label={t("more", { item: i.label })} disabled={q >= i.max} onClick={() => set(q + 1)} className="h-11 w-11 rounded-full text-xl font-semibold ring-1 ring-stone-300 disabled:opacity-40">
                      +
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {kind === "CLEANING" && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("cleaningLegend")}</legend>
          {(["NOW", "SKIP_TODAY"] as const).map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input type="radio" name={`${id}-cleaning`} value={c} checked={cleaning === c} onChange={() => setCleaning(c)} className="h-5 w-5" />
              {c === "NOW" ? t("cleaningNow") : t("cleaningSkip")}
            </label>
          ))}
          {cleaning === "NOW" && answer.do_not_disturb.on && <p className="text-sm text-stone-700">{t("cleaningNowHint")}</p>}
        </fieldset>
      )}
      {(kind === "MAINTENANCE" || kind === "OTHER") && (
        <label className="block text-sm font-medium">
          {kind === "MAINTENANCE" ? t("description") : t("otherNote")}
          <textarea value={text} onChange={(e) => setText(e.target.value)} required minLength={3} maxLength={500} rows={3} dir="auto" aria-describedby={`${id}-hint`} className={field} />
          <span id={`${id}-hint`} className="mt-1 block text-xs font-normal text-stone-600">
            {t("descriptionHint")}
          </span>
        </label>
      )}
      {kind === "WAKE_UP" &&
        (wakeDays.length === 0 ? (
          <p className="text-sm text-stone-700">{t("wakeNoDay")}</p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block text-sm font-medium">
              {t("wakeDate")}
              <select
                value={wakeDay}
                onChange={(e) => {
                  setWakeDay(e.target.value);
                  const day = wakeDays.find((d) => d.date === e.target.value);
                  if (day && (wakeTime < day.min || wakeTime > day.max)) setWakeTime(defaultWakeTime(day));
                }}
                className={field}
              >
                {wakeDays.map((d) => (
                  <option key={d.date} value={d.date}>
                    {f.date(d.date)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm font-medium">
              {t("wakeTime")}
              <input type="time" value={wakeTime} min={wakeWindow?.min} max={wakeWindow?.max} onChange={(e) => setWakeTime(e.target.value)} required dir="ltr" className={field} />
            </label>
          </div>
        ))}
      {kind === "LATE_CHECKOUT" &&
        (choices.length === 0 ? (
          <p className="text-sm text-stone-700">{t("checkoutNoRange")}</p>
        ) : (
          <>
            {answer.late_checkout_time && <p className="text-sm font-medium text-emerald-900">{t("checkoutApproved", { time: answer.late_checkout_time })}</p>}
            <label className="block text-sm font-medium">
              {t("checkoutTime")}
              <select value={checkout} onChange={(e) => setCheckout(e.target.value)} aria-describedby={`${id}-range`} className={field}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              <span id={`${id}-range`} className="mt-1 block text-xs font-normal text-stone-600">
                {t("checkoutRange", { standard: type.options.after ?? answer.check_out_time, latest: choices[choices.length - 1]! })}
              </span>
            </label>
          </>
        ))}
      {kind !== "OTHER" && !blocked && noteField}
      {(problem || refusal) && (
        <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm text-red-900">
          {problem ?? errorText(refusal!.code, refusal!.message)}
        </p>
      )}
      {!blocked && (
        <button type="submit" disabled={busy} className="w-full rounded-full bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t("sending") : t("send")}
        </button>
      )}
    </form>
  );
}
