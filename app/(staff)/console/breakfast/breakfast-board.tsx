"use client";

import { useCallback, useMemo, useState } from "react";
import { useSignInRedirect } from "@/components/console/use-sign-in-redirect";
import { fetchJson } from "@/components/http/fetch-json";
import { useLiveList } from "@/components/realtime/use-live-list";
import { formatDate } from "@/components/ui/format";
import { AllergyBanner } from "@/components/orders/allergy-banner";
import { OrderLineList } from "@/components/orders/order-line-list";
import type { BreakfastList } from "@/components/kitchen/model/breakfast-day";
// The one calendar-day helper (pure Intl/Date maths, no server-only import), shared with the server.
import { addDays } from "@/lib/time/zoned";
import { toBreakfastDay } from "./breakfast-list";
import { ListEmpty, ListError } from "@/components/console/list-states";

/** One morning's breakfast orders, per slot, with the counts the kitchen prepares from; live. */
export function BreakfastBoard({ channel, initialDate }: { channel: string; initialDate: string }) {
  const [date, setDate] = useState(initialDate);
  const toSignIn = useSignInRedirect();
  const load = useCallback(() => fetchJson<BreakfastList>(`/api/console/breakfast?date=${encodeURIComponent(date)}`), [date]);
  const live = useLiveList({
    load: /^\d{4}-\d{2}-\d{2}$/.test(date) ? load : null,
    channel,
    refetchOn: (_name, data) => data.type === "BREAKFAST",
    onRefused: (status) => status === 401 && toSignIn(),
  });
  const { refresh } = live;
  const day = useMemo(() => (live.data ? toBreakfastDay(live.data) : null), [live.data]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Breakfast</h1>
          <p className="text-sm text-stone-700">{formatDate(date)}</p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <button type="button" onClick={() => setDate((d) => addDays(d, -1))} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50">
            ← Previous day
          </button>
          <div>
            <label htmlFor="bf-day" className="block text-xs font-medium uppercase tracking-wide text-stone-700">
              Date
            </label>
            <input id="bf-day" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1 text-sm" />
          </div>
          <button type="button" onClick={() => setDate((d) => addDays(d, 1))} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50">
            Next day →
          </button>
        </div>
      </div>
      {live.status === "loading" && (
        <div aria-busy="true" className="space-y-3">
          <p className="sr-only">Loading the breakfast list…</p>
          <div className="h-24 animate-pulse rounded-lg bg-stone-200" />
          <div className="h-40 animate-pulse rounded-lg bg-stone-200" />
        </div>
      )}
      {live.error && <ListError error={live.error} stale={!!day} onRetry={() => void refresh()} />}
      {day &&
        (day.orderCount === 0 ? (
          <ListEmpty>No breakfast orders for this morning.</ListEmpty>
        ) : (
          <>
            <section aria-labelledby="bf-totals" className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 id="bf-totals" className="font-semibold">
                Whole morning · {day.orderCount} {day.orderCount === 1 ? "order" : "orders"} · {day.guests} guests
              </h2>
              <Counts items={day.totals} testId="bf-total-counts" />
            </section>
            <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
              {day.slots.map((s) => (
                <section key={s.slot} data-testid="bf-slot" data-slot={s.slot} aria-labelledby={`slot-${s.slot}`} className="rounded-lg border border-stone-200 bg-white p-4">
                  <h2 id={`slot-${s.slot}`} className="text-lg font-semibold">
                    {s.slot} <span className="text-sm font-normal text-stone-700">· {s.orders.length} {s.orders.length === 1 ? "order" : "orders"} · {s.guests} guests</span>
                  </h2>
                  <Counts items={s.items} testId="bf-slot-counts" />
                  {s.orders.length > 0 && (
                    <ul className="mt-3 divide-y divide-stone-100 border-t border-stone-100 text-sm">
                      {s.orders.map((o) => (
                        <li key={o.id} data-testid="bf-order" data-order-id={o.id} className="py-2">
                          <p>
                            <span className="font-medium">{o.room ? `Room ${o.room}` : (o.booking ?? "Booking")}</span>
                            {o.guest ? " · " : ""}
                            {o.guest && <bdi>{o.guest}</bdi>}
                            {o.guests ? ` · ${o.guests} ${o.guests === 1 ? "guest" : "guests"}` : ""}
                          </p>
                          {o.allergy && <AllergyBanner alert={o.allergy} look="console" className="mt-1" />}
                          <OrderLineList lines={o.lines} className="mt-1 space-y-0.5" instructionsClassName="block text-xs italic text-stone-700" />
                          {o.notes && (
                            <p className="mt-1 rounded bg-stone-50 p-2 text-xs">
                              Note: <bdi>{o.notes}</bdi>
                            </p>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              ))}
            </div>
          </>
        ))}
    </div>
  );
}

function Counts({ items, testId }: { items: { name: string; quantity: number }[]; testId: string }) {
  return (
    <table data-testid={testId} className="mt-2 w-full text-sm">
      <caption className="sr-only">Items to prepare</caption>
      <thead>
        <tr className="text-left text-xs uppercase tracking-wide text-stone-700">
          <th scope="col" className="py-1">
            Item
          </th>
          <th scope="col" className="py-1 text-right">
            Count
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.name} data-item={c.name} className="border-t border-stone-100">
            <td dir="auto" className="py-1">{c.name}</td>
            <td className="py-1 text-right font-semibold tabular-nums">{c.quantity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
