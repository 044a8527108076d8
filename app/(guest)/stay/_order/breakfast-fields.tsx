"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { existingFor, type BreakfastChoice, type SlotsInfo } from "./breakfast-choice";

/** Morning, slot and guests for a breakfast order, with the cut-off in the hotel's time. */
export function BreakfastFields({ info, value, onChange }: { info: SlotsInfo; value: BreakfastChoice; onChange: (v: BreakfastChoice) => void }) {
  const t = useTranslations("menu.breakfast");
  const fmt = useFormat();
  const morning = info.mornings.find((m) => m.date === value.delivery_date);
  const existing = existingFor(info, value.delivery_date);
  return (
    <fieldset className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
      <legend className="px-1 text-lg font-semibold">{t("legend")}</legend>
      <div>
        <label htmlFor="bf-date" className="block text-sm font-medium">
          {t("morning")}
        </label>
        <select id="bf-date" value={value.delivery_date} onChange={(e) => onChange({ ...value, delivery_date: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
          {info.mornings.map((m) => (
            <option key={m.date} value={m.date} disabled={!m.open}>
              {t("morningOption", { date: fmt.date(m.date), state: !m.open ? "closed" : m.order_id ? "ordered" : "open" })}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="bf-slot" className="block text-sm font-medium">
            {t("time")}
          </label>
          <select id="bf-slot" value={value.time_slot} onChange={(e) => onChange({ ...value, time_slot: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
            {info.time_slots.map((s) => {
              const seat = info.slots?.find((x) => x.time_slot === s);
              return (
                <option key={s} value={s} disabled={seat ? !seat.available : false}>
                  {t("slotOption", { time: s, remaining: seat?.remaining ?? 0, state: seat && !seat.available ? "full" : seat?.remaining != null && seat.remaining <= 5 ? "left" : "open" })}
                </option>
              );
            })}
          </select>
        </div>
        <div>
          <label htmlFor="bf-guests" className="block text-sm font-medium">
            {t("guests")}
          </label>
          <select id="bf-guests" value={value.guests} onChange={(e) => onChange({ ...value, guests: Number(e.target.value) })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
            {Array.from({ length: Math.max(1, info.max_guests) }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {existing && (
        <p data-testid="breakfast-existing" data-can-change={existing.can_change ? "true" : "false"} className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
          {existing.can_change ? (
            t("existingChangeable")
          ) : (
            t.rich("existingLocked", {
              orders: (c) => (
                <Link href="/stay/orders" className="underline">
                  {c}
                </Link>
              ),
            })
          )}
        </p>
      )}
      <p data-testid="breakfast-cutoff" className="text-sm text-stone-700">
        {morning
          ? t("cutoff", { time: info.cutoff_time, date: fmt.date(morning.cutoff_local.slice(0, 10)), zone: info.timezone.replace(/_/g, " ") })
          : t("cutoffEveningBefore", { time: info.cutoff_time })}
      </p>
    </fieldset>
  );
}
