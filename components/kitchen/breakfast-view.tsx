"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { bumpOf, type Thresholds } from "@/components/kitchen/model/board";
import { breakfastDay, type BreakfastList } from "@/components/kitchen/model/breakfast-day";
import { nextServingDate } from "@/lib/orders/breakfast/serving-date";
import type { KitchenOrder } from "@/components/kitchen/model/ticket";
import { addDays, localDate } from "@/lib/time/zoned";
import { AllergyStrip } from "./allergy-strip";
import { TicketCard } from "./ticket-card";
import { useKitchenOrders } from "./use-kitchen-orders";
import { useNow } from "./use-now";

const selectBreakfast = (list: BreakfastList) => breakfastDay(list).orders;

/**
 * One morning's breakfast. Without a picked date (`pickedDate` null) the wall screen follows the
 * serving day by its own ticking clock in the hotel's time zone: it rolls over at midnight (bumps
 * appear on the day) and moves to the next morning when the serving window ends, with no reload.
 */
export function BreakfastView({
  hotelSlug,
  pickedDate,
  serverNow,
  timeZone,
  servingEnd,
  thresholds,
}: {
  hotelSlug: string;
  pickedDate: string | null;
  /** The server's clock at render: the first render matches the server's HTML. */
  serverNow: number;
  timeZone: string;
  servingEnd: string;
  thresholds: Thresholds;
}) {
  const router = useRouter();
  const ticking = useNow(15_000);
  const [mounted, setMounted] = useState(false);
  // The browser's clock takes over once hydrated.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setMounted(true), []);
  const now = mounted ? ticking : serverNow;
  const today = localDate(new Date(now), timeZone);
  const date = pickedDate ?? nextServingDate(new Date(now), { timezone: timeZone, breakfastServingEnd: servingEnd });
  const url = `/api/console/breakfast?date=${date}`;
  const { orders, raw, error, setStatus } = useKitchenOrders({ hotelSlug, url, select: selectBreakfast, type: "BREAKFAST" });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const { slots, counts, orders: live } = useMemo(() => breakfastDay(raw), [raw]);
  const onTheDay = date === today;
  const root = useRef<HTMLDivElement>(null);

  const go = useCallback((d: string) => router.push(`/kitchen/breakfast?date=${d}`), [router]);
  const bump = async (o: KitchenOrder) => {
    const b = bumpOf(o.status);
    if (!b) return;
    setBusy(o.id);
    const res = await setStatus(o.id, o.status, b.to);
    setBusy(null);
    setProblem(res.ok ? null : `Room ${o.room ?? "?"}: ${res.message}`);
  };

  return (
    <div ref={root} data-testid="breakfast-view" data-date={date} data-today={today} className="flex min-h-0 flex-1 flex-col">
    <AllergyStrip orders={live} board={root} />
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-3xl font-black">Breakfast for {formatDay(date)}</h2>
        <button type="button" onClick={() => go(addDays(date, -1))} className="rounded-lg bg-stone-800 px-4 py-2 text-xl font-bold ring-1 ring-stone-600">
          ← Previous day
        </button>
        <button type="button" onClick={() => go(addDays(date, 1))} className="rounded-lg bg-stone-800 px-4 py-2 text-xl font-bold ring-1 ring-stone-600">
          Next day →
        </button>
        {pickedDate && (
          <button type="button" onClick={() => router.push("/kitchen/breakfast")} className="rounded-lg bg-white px-4 py-2 text-xl font-bold text-stone-950">
            Back to the serving day
          </button>
        )}
        <label className="flex items-center gap-2 text-xl">
          <span>Pick a date</span>
          <input type="date" value={date} onChange={(e) => e.target.value && go(e.target.value)} className="rounded-lg bg-white px-3 py-1.5 text-xl text-stone-950" />
        </label>
        {problem && (
          <p role="alert" className="rounded-lg bg-red-600 px-4 py-2 text-xl font-bold text-white">
            {problem}
          </p>
        )}
        {error && (
          <p role="alert" className="rounded-lg bg-red-600 px-4 py-2 text-xl font-bold text-white">
            Could not load breakfast: {error}
          </p>
        )}
      </div>

      <section aria-labelledby="prep-title" className="rounded-xl bg-stone-800/60 p-4">
        <h3 id="prep-title" className="text-2xl font-black">
          All-day counts <span className="font-semibold text-stone-300">({live.length} order{live.length === 1 ? "" : "s"})</span>
        </h3>
        {orders && counts.length === 0 && <p className="mt-2 text-xl text-stone-300">No breakfast orders for this date yet.</p>}
        <ul data-testid="prep-counts" className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(18rem,1fr))] gap-x-6 gap-y-2 kitchen-count">
          {counts.map((c) => (
            <li key={c.name} data-testid="prep-count" data-name={c.name} data-quantity={c.quantity}>
              <span className="font-black">
                {c.quantity} × <bdi>{c.name}</bdi>
              </span>
              {c.options.length > 0 && (
                <span className="block pl-8 text-xl text-stone-200">
                  {c.options.map((o) => (
                    <span key={o.label} data-testid="prep-option" data-label={o.label} data-quantity={o.quantity} className="mr-3 inline-block">
                      {o.quantity} × {o.label}
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      {slots.map((s) => (
        <section key={s.slot} aria-labelledby={`slot-${s.slot}`} className="rounded-xl bg-stone-800/60 p-3">
          <h3 id={`slot-${s.slot}`} className="pb-2 text-2xl font-black">
            {s.slot} <span className="font-semibold text-stone-300">· {s.guests} guest{s.guests === 1 ? "" : "s"}</span>
          </h3>
          <div className="grid grid-cols-[repeat(auto-fill,minmax(17rem,1fr))] gap-2">
            {s.orders.map((o) => (
              <TicketCard key={o.id} order={o} now={now} thresholds={thresholds} timeZone={timeZone} busy={busy === o.id} onBump={onTheDay ? () => void bump(o) : undefined} />
            ))}
          </div>
        </section>
      ))}
    </div>
    </div>
  );
}

function formatDay(date: string) {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
