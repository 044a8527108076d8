"use client";

import Link from "next/link";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { useCallback, useEffect, useRef, useState } from "react";
import { RealtimeProvider, useChannel } from "@/components/realtime/realtime-provider";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { guestApi } from "../_order/guest-api";
import { OrderCard } from "./order-card";
import { chargesOf, toGuestOrders, type GuestOrder } from "./guest-order";

/** The guest's orders: live tracking of open ones, the history, and cancel while pending. */
export function GuestOrders({ stay, realtime }: { stay: GuestBookingView; realtime: ClientPusherConfig | null }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <OrdersBody stay={stay} />
    </RealtimeProvider>
  );
}

type Load = "loading" | "ready" | "error" | "link-invalid";

const cursorOf = (data: unknown): string | null => {
  const c = data && typeof data === "object" ? (data as { next_cursor?: unknown }).next_cursor : null;
  return typeof c === "string" ? c : null;
};

function OrdersBody({ stay }: { stay: GuestBookingView }) {
  const [orders, setOrders] = useState<GuestOrder[]>([]);
  const [roomCharges, setRoomCharges] = useState<{ amount: string; currency: string }[] | null>(null);
  const [load, setLoad] = useState<Load>("loading");
  // Each list comes a page at a time; the cursors of the next, older pages (null: no more).
  const [cursors, setCursors] = useState<{ rs: string | null; bf: string | null }>({ rs: null, bf: null });
  const [older, setOlder] = useState<"idle" | "loading" | "error">("idle");
  const ticket = useRef(0);
  const base = `/api/public/hotel/${encodeURIComponent(stay.hotel.slug)}`;

  const refresh = useCallback(async () => {
    const mine = ++ticket.current;
    const [rs, bf] = await Promise.all([guestApi<unknown>(`${base}/room-services/orders/`), guestApi<unknown>(`${base}/breakfast/orders/`)]);
    if (mine !== ticket.current) return; // a newer refresh is under way
    if ([rs, bf].some((r) => !r.ok && (r.status === 401 || r.status === 403) && r.code !== "BOOKING_NOT_IN_HOUSE")) {
      // Both refused means the link itself is refused; one refused may just be a rule of that menu.
      if (!rs.ok && !bf.ok) return setLoad("link-invalid");
    }
    if (!rs.ok && !bf.ok) return setLoad("error");
    const merged = new Map<string, GuestOrder>();
    for (const o of [...(rs.ok ? toGuestOrders(rs.data, "ROOM_SERVICE") : []), ...(bf.ok ? toGuestOrders(bf.data, "BREAKFAST") : [])]) merged.set(o.id, o);
    setOrders([...merged.values()].sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? "")));
    setCursors({ rs: rs.ok ? cursorOf(rs.data) : null, bf: bf.ok ? cursorOf(bf.data) : null });
    const charges = rs.ok && rs.data && typeof rs.data === "object" ? (rs.data as Record<string, unknown>) : null;
    setRoomCharges(charges ? chargesOf(charges, stay.hotel.currency) : null);
    setLoad("ready");
  }, [base, stay.hotel.currency]);

  const loadOlder = useCallback(async () => {
    setOlder("loading");
    const page = (path: string, cursor: string | null) => (cursor ? guestApi<unknown>(`${base}/${path}/?before=${encodeURIComponent(cursor)}`) : Promise.resolve(null));
    const [rs, bf] = await Promise.all([page("room-services/orders", cursors.rs), page("breakfast/orders", cursors.bf)]);
    if ((rs && !rs.ok) || (bf && !bf.ok)) return setOlder("error");
    const more = [...(rs?.ok ? toGuestOrders(rs.data, "ROOM_SERVICE") : []), ...(bf?.ok ? toGuestOrders(bf.data, "BREAKFAST") : [])];
    setOrders((cur) => {
      const merged = new Map(cur.map((o) => [o.id, o]));
      for (const o of more) if (!merged.has(o.id)) merged.set(o.id, o);
      return [...merged.values()].sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? ""));
    });
    // A list without a cursor had no more pages; one that answered gives its next cursor.
    setCursors({ rs: rs?.ok ? cursorOf(rs.data) : null, bf: bf?.ok ? cursorOf(bf.data) : null });
    setOlder("idle");
  }, [base, cursors]);

  useEffect(() => {
    // First load after mount; later loads come from live events and resyncs.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  useChannel(
    load === "link-invalid" ? null : (stay.channels.room_service ?? null),
    (name) => {
      if (name === "order.created" || name === "order.status_changed" || name === "order.updated") void refresh();
    },
    () => void refresh(),
  );

  const open = orders.filter((o) => o.status !== "DELIVERED" && o.status !== "CANCELLED");
  const past = orders.filter((o) => o.status === "DELIVERED" || o.status === "CANCELLED");
  return (
    <div className="min-h-screen">
      <StaySubpageHeader title={stay.hotel.name} live={load !== "link-invalid" && Boolean(stay.channels.room_service)} />
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        <div className="flex items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold">Your orders</h1>
          <button type="button" onClick={() => void refresh()} className="rounded-full bg-white px-4 py-2 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100">
            Refresh
          </button>
        </div>
        {roomCharges && (
          <p data-testid="room-charges" className="rounded-xl bg-white p-3 text-sm ring-1 ring-stone-200">
            Charged to your room so far:{" "}
            <strong>{roomCharges.map((c) => new Intl.NumberFormat("en-GB", { style: "currency", currency: c.currency }).format(Number(c.amount))).join(" + ")}</strong>
          </p>
        )}
        {load === "loading" && (
          <div aria-busy="true" className="space-y-3">
            <p className="sr-only">Loading your orders…</p>
            <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
            <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
          </div>
        )}
        {load === "error" && (
          <div role="alert" className="flex items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <span>We could not load your orders.</span>
            <button type="button" onClick={() => void refresh()} className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
              Try again
            </button>
          </div>
        )}
        {load === "link-invalid" && (
          <div role="alert" className="rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
            <h2 className="text-lg font-semibold">This link cannot show orders</h2>
            <p className="mt-1">Please ask the front desk for a new link.</p>
          </div>
        )}
        {load === "ready" && orders.length === 0 && (
          <p className="rounded-2xl bg-white p-5 text-stone-700 ring-1 ring-stone-200">
            No orders yet. Order from the <Link href="/stay/room-service" className="text-brand-700 underline">room service menu</Link> or book <Link href="/stay/breakfast" className="text-brand-700 underline">breakfast</Link>.
          </p>
        )}
        {open.length > 0 && (
          <section aria-labelledby="open-heading" className="space-y-3">
            <h2 id="open-heading" className="text-lg font-semibold">
              In progress
            </h2>
            <ul className="space-y-3">
              {open.map((o) => (
                <OrderCard key={o.id} order={o} hotelSlug={stay.hotel.slug} timezone={stay.hotel.timezone} currency={stay.hotel.currency} onChanged={() => void refresh()} />
              ))}
            </ul>
          </section>
        )}
        {past.length > 0 && (
          <section aria-labelledby="past-heading" className="space-y-3">
            <h2 id="past-heading" className="text-lg font-semibold">
              History
            </h2>
            <ul className="space-y-3">
              {past.map((o) => (
                <OrderCard key={o.id} order={o} hotelSlug={stay.hotel.slug} timezone={stay.hotel.timezone} currency={stay.hotel.currency} onChanged={() => void refresh()} />
              ))}
            </ul>
          </section>
        )}
        {load === "ready" && (cursors.rs || cursors.bf) && (
          <div className="space-y-2 text-center">
            <button type="button" onClick={() => void loadOlder()} disabled={older === "loading"} className="rounded-full bg-white px-4 py-2 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100 disabled:opacity-60">
              {older === "loading" ? "Loading earlier orders…" : "Show earlier orders"}
            </button>
            {older === "error" && (
              <p role="alert" className="text-sm text-amber-900">
                We could not load your earlier orders. Try again.
              </p>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
