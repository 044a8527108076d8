"use client";

import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useSignInRedirect } from "@/components/console/use-sign-in-redirect";
import { fetchJson } from "@/components/http/fetch-json";
import { useLiveList } from "@/components/realtime/use-live-list";
import { useOlderPages } from "@/components/realtime/use-older-pages";
import { useNow } from "@/components/kitchen/use-now";
import { isLate } from "@/lib/orders/lateness";
import { setSoundEnabled, soundEnabled, unlockChime } from "@/components/console/order-chime";
import { OrderTicket } from "./order-ticket";
import { toStaffOrders, type StaffOrderPage } from "./staff-order";
import { ORDER_STATUS_LABELS } from "@/lib/orders/status-labels";
import { ListEmpty, ListError, ListSkeleton, ShowOlder } from "@/components/console/list-states";

type Filters = { status: string; type: string; date: string; sort: "newest" | "oldest" };

const ORDER_EVENTS = new Set(["order.created", "order.status_changed", "order.updated"]);

/** The live queue: refetches on every order event of the hotel (and after a reconnect). */
export function OrderQueue({ channel, timezone, currency, today }: { channel: string; timezone: string; currency: string; today: string }) {
  const [filters, setFilters] = useState<Filters>({ status: "open", type: "", date: today, sort: "newest" });
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [sound, setSound] = useState(true);
  const toSignIn = useSignInRedirect();
  // Ages and lateness tick with the clock, not with the last refetch.
  const now = useNow(15_000);

  useEffect(() => {
    // The saved choice lives in localStorage, readable only after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSound(soundEnabled());
    // Any click on the page lets the browser play the chime later.
    window.addEventListener("pointerdown", unlockChime, { once: true });
    return () => window.removeEventListener("pointerdown", unlockChime);
  }, []);

  const query = useMemo(() => {
    const q = new URLSearchParams();
    if (filters.status) q.set("status", filters.status);
    if (filters.type) q.set("type", filters.type);
    if (filters.date) q.set("date", filters.date);
    if (filters.sort === "oldest") q.set("sort", "oldest");
    return q.toString();
  }, [filters]);

  const load = useCallback(() => fetchJson<StaffOrderPage>(`/api/console/orders?${query}`), [query]);
  const live = useLiveList({
    load,
    channel,
    refetchOn: (name, data) => {
      if (!ORDER_EVENTS.has(name)) return false;
      if (name === "order.created" && typeof data.order_id === "string") setFresh((s) => new Set(s).add(data.order_id as string));
      return true;
    },
    onRefused: (status) => status === 401 && toSignIn(),
  });
  const { refresh } = live;
  const first = useMemo(() => (live.data ? toStaffOrders(live.data) : []), [live.data]);
  // Older pages the agent asked for, kept below the live first page until the filters change.
  const fetchOlder = useCallback((before: string) => fetchJson<StaffOrderPage>(`/api/console/orders?${query}&before=${encodeURIComponent(before)}`), [query]);
  const older = useOlderPages({ query, first, firstCursor: live.data?.next_cursor, fetchPage: fetchOlder, itemsOf: toStaffOrders });
  const { items: orders, nextCursor } = older;

  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFilters((f) => ({ ...f, [k]: e.target.value }));
  const pending = orders.filter((o) => o.status === "PENDING").length;
  const late = orders.filter((o) => isLate(o.late_at, now)).length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Orders</h1>
          <p className="text-sm text-stone-700" aria-live="polite">
            {live.data ? `${orders.length}${nextCursor ? "+" : ""} shown · ${pending} waiting to be accepted${late ? ` · ${late} late` : ""}` : "\u00a0"}
          </p>
        </div>
        <button
          type="button"
          aria-pressed={sound}
          onClick={() => {
            setSound(!sound);
            setSoundEnabled(!sound);
          }}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50"
        >
          Sound for new orders: {sound ? "on" : "off"}
        </button>
      </div>
      <form role="search" aria-label="Filter orders" onSubmit={(e) => e.preventDefault()} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
        <FilterField id="f-status" label="Status">
          <select id="f-status" value={filters.status} onChange={set("status")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
            <option value="open">Open</option>
            <option value="">All</option>
            {Object.entries(ORDER_STATUS_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="f-type" label="Type">
          <select id="f-type" value={filters.type} onChange={set("type")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
            <option value="">All</option>
            <option value="ROOM_SERVICE">Room service</option>
            <option value="BREAKFAST">Breakfast</option>
          </select>
        </FilterField>
        <FilterField id="f-date" label="Date">
          <input id="f-date" type="date" value={filters.date} onChange={set("date")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1 text-sm" />
        </FilterField>
        <button type="button" onClick={() => setFilters((f) => ({ ...f, date: "" }))} className="rounded-md px-2 py-1.5 text-sm text-brand-700 underline underline-offset-2">
          Any date
        </button>
        <button
          type="button"
          aria-pressed={filters.sort === "oldest"}
          onClick={() => setFilters((f) => ({ ...f, sort: f.sort === "oldest" ? "newest" : "oldest" }))}
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
        >
          Oldest first
        </button>
      </form>
      {live.error && <ListError error={live.error} stale={!!live.data} onRetry={() => void refresh()} />}
      {live.status === "loading" ? (
        <ListSkeleton label="Loading orders…" />
      ) : !live.data ? null : orders.length === 0 ? (
        <ListEmpty>No orders match these filters.</ListEmpty>
      ) : (
        <ul aria-label="Order queue" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {orders.map((o) => (
            <OrderTicket key={o.id} order={o} now={now} isNew={fresh.has(o.id)} timezone={timezone} currency={currency} onChanged={() => void refresh()} />
          ))}
        </ul>
      )}
      {live.data && nextCursor ? <ShowOlder noun="orders" state={older.state} onLoad={() => void older.loadOlder()} /> : null}
    </div>
  );
}

/** One labelled control of the filter bar. */
function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium uppercase tracking-wide text-stone-700">
        {label}
      </label>
      {children}
    </div>
  );
}
