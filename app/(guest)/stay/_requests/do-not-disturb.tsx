"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { guestApi } from "../_order/guest-api";
import type { DoNotDisturb } from "./request-types";
import { useRequestErrorText } from "./use-request-error";

/** The room's do-not-disturb as the server has it, and the switch that asks the server to change it. */
export function DoNotDisturbSwitch({ state, hotelSlug, timezone, onChanged }: { state: DoNotDisturb; hotelSlug: string; timezone: string; onChanged: (next: DoNotDisturb) => void }) {
  const t = useTranslations("requests.dnd");
  const f = useFormat();
  const errorText = useRequestErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const res = await guestApi<{ do_not_disturb: DoNotDisturb }>(`/api/public/hotel/${encodeURIComponent(hotelSlug)}/requests/do-not-disturb/`, { method: "POST", body: { on: !state.on } });
    setBusy(false);
    if (res.ok) return onChanged(res.data.do_not_disturb);
    setError(`${t("failed")} ${errorText(res.code, res.message)}`);
  };

  return (
    <section aria-labelledby="dnd-heading" data-testid="do-not-disturb" data-on={state.on ? "true" : "false"} className={`rounded-2xl p-4 shadow-sm ring-1 ${state.on ? "bg-amber-50 ring-amber-300" : "bg-white ring-stone-200"}`}>
      <div className="flex items-center justify-between gap-3">
        <h2 id="dnd-heading" className="font-semibold">
          {t("label")}
        </h2>
        <button
          type="button"
          role="switch"
          aria-checked={state.on}
          aria-labelledby="dnd-heading"
          aria-describedby="dnd-state"
          disabled={busy}
          onClick={() => void toggle()}
          className={`relative inline-flex h-8 w-14 shrink-0 items-center rounded-full transition-colors disabled:opacity-60 ${state.on ? "bg-amber-700" : "bg-stone-400"}`}
        >
          <span aria-hidden="true" className={`inline-block h-6 w-6 rounded-full bg-white shadow transition-transform ${state.on ? "translate-x-7 rtl:-translate-x-7" : "translate-x-1 rtl:-translate-x-1"}`} />
        </button>
      </div>
      <p id="dnd-state" className="mt-1 text-sm text-stone-800">
        {state.on && state.since ? t("onSince", { time: f.time(state.since, timezone) }) : state.on ? t("on") : t("off")}
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </section>
  );
}
