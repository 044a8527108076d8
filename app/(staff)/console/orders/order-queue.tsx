"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { setSoundEnabled, soundEnabled, unlockChime } from "@/components/console/order-chime";
import { OrderTicket } from "./order-ticket";
import { STATUS_TEXT, toStaffOrders, type StaffOrder } from "./staff-order";

type Filters = { status: string; type: string; date: string };
type Load = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string };

/** The live queue: refetches on every order event of the hotel (and after a reconnect). */
export function OrderQueue({ channel, timezone, currency, today }: { channel: string; timezone: string; currency: string; today: string }) {
  const [filters, setFilters] = useState<Filters>({ status: "open", type: "", date: today });
  const [orders, setOrders] = useState<StaffOrder[]>([]);
  // The API pages every list but the open orders; the cursor of the next, older page.
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [older, setOlder] = useState<"idle" | "loading" | "error">("idle");
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [sound, setSound] = useState(true);
  const ticket = useRef(0);
  const router = useRouter();

  useEffect(() => {
    // The saved choice lives in localStorage, readable only after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSound(soundEnabled());
    // Any click on the page lets the browser play the chime later.
    window.addEventListener("pointerdown", unlockChime, { once: true });
    return () => window.removeEventListener("pointerdown", unlockChime);
  }, []);

  const query = useCallback(() => {
    const q = new URLSearchParams();
    if (filters.status) q.set("status", filters.status);
    if (filters.type) q.set("type", filters.type);
    if (filters.date) q.set("date", filters.date);
    return q;
  }, [filters]);

  const loadOlder = useCallback(async () => {
    if (!nextCursor) return;
    const q = query();
    q.set("before", nextCursor);
    setOlder("loading");
    try {
      const res = await fetch(`/api/console/orders?${q}`, { cache: "no-store" });
      if (!res.ok) return setOlder("error");
      const body = (await res.json().catch(() => null)) as { next_cursor?: string | null } | null;
      const page = toStaffOrders(body);
      setOrders((cur) => [...cur, ...page.filter((o) => !cur.some((c) => c.id === o.id))]);
      setNextCursor(body?.next_cursor ?? null);
      setOlder("idle");
    } catch {
      setOlder("error");
    }
  }, [nextCursor, query]);

  const refresh = useCallback(async () => {
    const mine = ++ticket.current;
    const q = query();
    try {
      const res = await fetch(`/api/console/orders?${q}`, { cache: "no-store" });
      if (mine !== ticket.current) return;
      if (res.status === 401) return router.push(`/login?next=${encodeURIComponent("/console/orders")}`);
      const body = (await res.json().catch(() => null)) as { error?: string } | null;
      if (!res.ok) return setLoad({ kind: "error", message: body?.error ?? "The orders could not be loaded." });
      const list = toStaffOrders(body);
      setOrders(list);
      setNextCursor((body as { next_cursor?: string | null } | null)?.next_cursor ?? null);
      setLoad({ kind: "ready" });
    } catch {
      if (mine === ticket.current) setLoad({ kind: "error", message: "The network is unavailable. The list will refresh when it is back." });
    }
  }, [query, router]);

  useEffect(() => {
    // Load on mount and whenever the filters change.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  useChannel(
    channel,
    (name, data) => {
      if (name !== "order.created" && name !== "order.status_changed" && name !== "order.updated") return;
      if (name === "order.created" && typeof data.order_id === "string") setFresh((s) => new Set(s).add(data.order_id as string));
      void refresh();
    },
    () => void refresh(),
  );

  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFilters((f) => ({ ...f, [k]: e.target.value }));
  const pending = orders.filter((o) => o.status === "PENDING").length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Orders</h1>
          <p className="text-sm text-stone-700" aria-live="polite">
            {load.kind === "ready" ? `${orders.length}${nextCursor ? "+" : ""} shown · ${pending} waiting to be accepted` : "\u00a0"}
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
        <div>
          <label htmlFor="f-status" className="block text-xs font-medium uppercase tracking-wide text-stone-700">
            Status
          </label>
          <select id="f-status" value={filters.status} onChange={set("status")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
            <option value="open">Open</option>
            <option value="">All</option>
            {Object.entries(STATUS_TEXT).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-type" className="block text-xs font-medium uppercase tracking-wide text-stone-700">
            Type
          </label>
          <select id="f-type" value={filters.type} onChange={set("type")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
            <option value="">All</option>
            <option value="ROOM_SERVICE">Room service</option>
            <option value="BREAKFAST">Breakfast</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-date" className="block text-xs font-medium uppercase tracking-wide text-stone-700">
            Date
          </label>
          <input id="f-date" type="date" value={filters.date} onChange={set("date")} className="mt-1 rounded-md border border-stone-400 bg-white px-2 py-1 text-sm" />
        </div>
        <button type="button" onClick={() => setFilters((f) => ({ ...f, date: "" }))} className="rounded-md px-2 py-1.5 text-sm text-brand-700 underline underline-offset-2">
          Any date
        </button>
      </form>
      {load.kind === "error" && (
        <div role="alert" className="flex items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <span>{load.message}</span>
          <button type="button" onClick={() => void refresh()} className="rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400">
            Try again
          </button>
        </div>
      )}
      {load.kind === "loading" ? (
        <div aria-busy="true" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          <p className="sr-only">Loading orders…</p>
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-48 animate-pulse rounded-lg bg-stone-200" />
          ))}
        </div>
      ) : orders.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-700">No orders match these filters.</p>
      ) : (
        <ul aria-label="Order queue" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {orders.map((o) => (
            <OrderTicket key={o.id} order={o} isNew={fresh.has(o.id)} timezone={timezone} currency={currency} onChanged={() => void refresh()} />
          ))}
        </ul>
      )}
      {load.kind === "ready" && nextCursor ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => void loadOlder()} disabled={older === "loading"} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-60">
            {older === "loading" ? "Loading older orders…" : "Show older orders"}
          </button>
          <p role="status" className="text-sm text-stone-700">
            {older === "error" ? "The older orders could not be loaded. Try again." : "More orders match these filters."}
          </p>
        </div>
      ) : null}
    </div>
  );
}
