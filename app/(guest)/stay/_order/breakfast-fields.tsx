"use client";

import { formatDate } from "@/components/ui/format";

export type BreakfastChoice = { delivery_date: string; time_slot: string; guests: number };

/** What GET …/breakfast/slots/?date= says about the chosen morning (null until it answers). */
export type SlotsInfo = {
  mornings: { date: string; open: boolean; cutoff_local: string }[];
  slots: { time_slot: string; available: boolean; remaining: number | null }[] | null;
  existing_order_id: string | null;
};

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** The mornings of a stay: the morning after check-in up to the check-out morning. */
export function stayMornings(checkIn: string, checkOut: string): string[] {
  const out: string[] = [];
  for (let d = addDays(checkIn, 1); d <= checkOut && out.length < 60; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Slot start times inside the serving window ("07:00", "07:30", … while the slot starts before the end). */
export function breakfastSlots(start: string, end: string, minutes: number): string[] {
  const out: string[] = [];
  const step = Math.max(5, minutes);
  for (let m = toMinutes(start); m < toMinutes(end); m += step) out.push(toHhmm(m));
  return out;
}

/** Morning, slot and guests for a breakfast order, with the cut-off in the hotel's time. */
export function BreakfastFields({
  mornings,
  slots,
  maxGuests,
  cutoff,
  timezone,
  value,
  info,
  onChange,
}: {
  mornings: string[];
  slots: string[];
  maxGuests: number;
  cutoff: string;
  timezone: string;
  value: BreakfastChoice;
  info: SlotsInfo | null;
  onChange: (v: BreakfastChoice) => void;
}) {
  const evening = value.delivery_date ? formatDate(addDays(value.delivery_date, -1)) : null;
  return (
    <fieldset className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-stone-200">
      <legend className="px-1 text-lg font-semibold">When and for how many</legend>
      <div>
        <label htmlFor="bf-date" className="block text-sm font-medium">
          Morning
        </label>
        <select id="bf-date" value={value.delivery_date} onChange={(e) => onChange({ ...value, delivery_date: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
          {(info ? info.mornings.map((m) => m.date) : mornings).map((d) => {
            const closed = info?.mornings.find((m) => m.date === d)?.open === false;
            return (
              <option key={d} value={d} disabled={closed}>
                {formatDate(d)}
                {closed ? " (ordering closed)" : ""}
              </option>
            );
          })}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="bf-slot" className="block text-sm font-medium">
            Time
          </label>
          <select id="bf-slot" value={value.time_slot} onChange={(e) => onChange({ ...value, time_slot: e.target.value })} className="mt-1 min-h-11 w-full rounded-xl border border-stone-400 bg-white px-3">
            {slots.map((s) => {
              const seat = info?.slots?.find((x) => x.time_slot === s);
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
            {Array.from({ length: Math.max(1, maxGuests) }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {info?.existing_order_id && (
        <p className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
          You already have a breakfast order for this morning. See <a href="/stay/orders" className="underline">your orders</a> to cancel it before ordering again.
        </p>
      )}
      <p data-testid="breakfast-cutoff" className="text-sm text-stone-700">
        {evening ? `Order by ${cutoff} on ${evening} (hotel time, ${timezone.replace(/_/g, " ")}).` : `Order by ${cutoff} the evening before (hotel time).`}
      </p>
    </fieldset>
  );
}
