"use client";

import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import { existingFor, type BreakfastChoice, type SlotsInfo } from "./breakfast-choice";

/** Morning, slot and guests for a breakfast order, with the cut-off in the hotel's time. */
export function BreakfastFields({ info, value, onChange }: { info: SlotsInfo; value: BreakfastChoice; onChange: (v: BreakfastChoice) => void }) {
  const morning = info.mornings.find((m) => m.date === value.delivery_date);
  const existing = existingFor(info, value.delivery_date);
  return (
    <fieldset className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
      <legend className="px-1 text-lg font-semibold">When and for how many</legend>
      <div>
        <label htmlFor="bf-date" className="block text-sm font-medium">
          Morning
        </label>
        <select id="bf-date" value={value.delivery_date} onChange={(e) => onChange({ ...value, delivery_date: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
          {info.mornings.map((m) => (
            <option key={m.date} value={m.date} disabled={!m.open}>
              {formatDate(m.date)}
              {!m.open ? " (ordering closed)" : m.order_id ? " (breakfast ordered)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="bf-slot" className="block text-sm font-medium">
            Time
          </label>
          <select id="bf-slot" value={value.time_slot} onChange={(e) => onChange({ ...value, time_slot: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
            {info.time_slots.map((s) => {
              const seat = info.slots?.find((x) => x.time_slot === s);
              return (
                <option key={s} value={s} disabled={seat ? !seat.available : false}>
                  {s}
                  {seat && !seat.available ? " (full)" : seat?.remaining != null && seat.remaining <= 5 ? ` (${seat.remaining} left)` : ""}
                </option>
              );
            })}
          </select>
        </div>
        <div>
          <label htmlFor="bf-guests" className="block text-sm font-medium">
            Guests
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
            <>You already have breakfast for this morning. &ldquo;Change my breakfast&rdquo; replaces it with this order.</>
          ) : (
            <>
              Your breakfast for this morning can no longer be changed here (the kitchen has it). Choose another morning, or see <Link href="/stay/orders" className="underline">your orders</Link>.
            </>
          )}
        </p>
      )}
      <p data-testid="breakfast-cutoff" className="text-sm text-stone-700">
        {morning ? `Order by ${info.cutoff_time} on ${formatDate(morning.cutoff_local.slice(0, 10))} (hotel time, ${info.timezone.replace(/_/g, " ")}).` : `Order by ${info.cutoff_time} the evening before (hotel time).`}
      </p>
    </fieldset>
  );
}
