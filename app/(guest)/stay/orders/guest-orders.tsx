"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { useCallback, useMemo, useState } from "react";
import { useBookingLanguage } from "../_shared/use-booking-language";
import { withOlderPages, type LoadResult } from "@/components/realtime/live-list";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useLiveList } from "@/components/realtime/use-live-list";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { guestApi } from "../_order/guest-api";
import { OrderCard } from "./order-card";
import type { listGuestBreakfastOrders } from "@/lib/orders/breakfast/views";
import type { GuestOrderList } from "@/lib/orders/guest-orders";
import { StayMoney } from "../_shared/stay-money";
import { toGuestOrders, type GuestOrder } from "./guest-order";
import { LinkRefusedAlert } from "@/app/(guest)/stay/_shared/link-refused-alert";

/**
 * The guest's orders: live tracking of open ones, the history, and cancel while pending. `initial`:
 * the first pages as the API answers them, rendered by the server so the list is in the first paint.
 */
export function GuestOrders({ stay, realtime, initial }: { stay: GuestBookingView; realtime: ClientPusherConfig | null; initial?: OrderLists }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <OrdersBody stay={stay} initial={initial} />
    </RealtimeProvider>
  );
}

// The two list answers, typed by the server's own functions (lib/orders).
type RoomServiceList = GuestOrderList;
type BreakfastOrderList = Awaited<ReturnType<typeof listGuestBreakfastOrders>>;
export type OrderLists = { rs: RoomServiceList | null; bf: BreakfastOrderList | null };
type Lists = OrderLists;
type Older = { items: GuestOrder[]; cursors: { rs: string | null; bf: string | null }; state: "idle" | "loading" | "error" };

const ORDER_EVENTS = new Set(["order.created", "order.status_changed", "order.updated"]);
const newestFirst = (list: GuestOrder[]) => list.sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? ""));

/** Both lists at once: one refused may just be a rule of that menu; both refused is the link. */
async function loadLists(base: string): Promise<LoadResult<Lists>> {
  const [rs, bf] = await Promise.all([guestApi<RoomServiceList>(`${base}/room-services/orders/`), guestApi<BreakfastOrderList>(`${base}/breakfast/orders/`)]);
  if (rs.ok || bf.ok) return { ok: true, data: { rs: rs.ok ? rs.data : null, bf: bf.ok ? bf.data : null } };
  const refused = [rs, bf].every((r) => (r.status === 401 || r.status === 403) && r.code !== "BOOKING_NOT_IN_HOUSE");
  return { ok: false, status: refused ? 401 : rs.status, message: rs.message };
}

function OrdersBody({ stay, initial }: { stay: GuestBookingView; initial?: Lists }) {
  const t = useTranslations("orders.page");
  const [linkInvalid, setLinkInvalid] = useState(false);
  // Older pages the guest asked for, kept below the live first pages.
  const [older, setOlder] = useState<Older | null>(null);
  const base = `/api/public/hotel/${encodeURIComponent(stay.hotel.slug)}`;

  const load = useCallback(() => loadLists(base), [base]);
  const live = useLiveList({
    load: linkInvalid ? null : load,
    channel: linkInvalid ? null : (stay.channels.room_service ?? null),
    refetchOn: (name) => ORDER_EVENTS.has(name),
    onRefused: () => setLinkInvalid(true),
    initial,
  });
  const { refresh } = live;
  useBookingLanguage(linkInvalid ? null : stay.channels.booking);
  const lists = live.data;
  const orders = useMemo(() => {
    const first = newestFirst([...(lists?.rs ? toGuestOrders(lists.rs) : []), ...(lists?.bf ? toGuestOrders(lists.bf) : [])]);
    return newestFirst(withOlderPages(first, older?.items ?? []));
  }, [lists, older]);
  // Both lists carry the stay's money over every order; the room-service one answers for it.
  const money = lists?.rs ? { charged: lists.rs.charged_totals, ordered: lists.rs.ordered_totals } : null;
  const cursors = useMemo(() => (older ? older.cursors : { rs: lists?.rs?.next_cursor ?? null, bf: lists?.bf?.next_cursor ?? null }), [older, lists]);
  const shown = linkInvalid ? "link-invalid" : lists ? "ready" : live.status;

  const loadOlder = useCallback(async () => {
    const items = older?.items ?? [];
    setOlder({ items, cursors, state: "loading" });
    const page = <T,>(path: string, cursor: string | null) => (cursor ? guestApi<T>(`${base}/${path}/?before=${encodeURIComponent(cursor)}`) : Promise.resolve(null));
    const [rs, bf] = await Promise.all([page<RoomServiceList>("room-services/orders", cursors.rs), page<BreakfastOrderList>("breakfast/orders", cursors.bf)]);
    if ((rs && !rs.ok) || (bf && !bf.ok)) return setOlder({ items, cursors, state: "error" });
    const more = [...(rs?.ok ? toGuestOrders(rs.data) : []), ...(bf?.ok ? toGuestOrders(bf.data) : [])];
    // A list without a cursor had no more pages; one that answered gives its next cursor.
    setOlder({ items: withOlderPages(items, more), cursors: { rs: rs?.ok ? rs.data.next_cursor : null, bf: bf?.ok ? bf.data.next_cursor : null }, state: "idle" });
  }, [base, cursors, older]);

  const open = orders.filter((o) => o.status !== "DELIVERED" && o.status !== "CANCELLED");
  const past = orders.filter((o) => o.status === "DELIVERED" || o.status === "CANCELLED");
  return (
    <div className="min-h-screen">
      <StaySubpageHeader title={stay.hotel.name} live={!linkInvalid && Boolean(stay.channels.room_service)} />
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        <div className="flex items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <button type="button" onClick={() => void refresh()} className="rounded-full bg-white px-4 py-2 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100">
            {t("refresh")}
          </button>
        </div>
        {money && <StayMoney charged={money.charged} ordered={money.ordered} />}
        {shown === "loading" && (
          <div aria-busy="true" className="space-y-3">
            <p className="sr-only">{t("loading")}</p>
            <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
            <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
          </div>
        )}
        {live.error && !linkInvalid && (
          <div role="alert" className="flex items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <span>{lists ? t("refreshFailed") : t("loadFailed")}</span>
            <button type="button" onClick={() => void refresh()} className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
              {t("tryAgain")}
            </button>
          </div>
        )}
        {linkInvalid && (
          <LinkRefusedAlert heading="h2" title={t("linkRefusedTitle")} phone={stay.hotel.phone} lead={t("linkRefusedLead")} />
        )}
        {shown === "ready" && orders.length === 0 && (
          <p className="rounded-2xl bg-white p-5 text-stone-700 ring-1 ring-stone-200">
            {t.rich("empty", {
              roomService: (c) => (
                <Link href="/stay/room-service" className="text-brand-700 underline">
                  {c}
                </Link>
              ),
              breakfast: (c) => (
                <Link href="/stay/breakfast" className="text-brand-700 underline">
                  {c}
                </Link>
              ),
            })}
          </p>
        )}
        {open.length > 0 && (
          <section aria-labelledby="open-heading" className="space-y-3">
            <h2 id="open-heading" className="text-lg font-semibold">
              {t("inProgress")}
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
              {t("history")}
            </h2>
            <ul className="space-y-3">
              {past.map((o) => (
                <OrderCard key={o.id} order={o} hotelSlug={stay.hotel.slug} timezone={stay.hotel.timezone} currency={stay.hotel.currency} onChanged={() => void refresh()} />
              ))}
            </ul>
          </section>
        )}
        {shown === "ready" && (cursors.rs || cursors.bf) && (
          <div className="space-y-2 text-center">
            <button type="button" onClick={() => void loadOlder()} disabled={older?.state === "loading"} className="rounded-full bg-white px-4 py-2 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100 disabled:opacity-60">
              {older?.state === "loading" ? t("loadingEarlier") : t("showEarlier")}
            </button>
            {older?.state === "error" && (
              <p role="alert" className="text-sm text-amber-900">
                {t("earlierFailed")}
              </p>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
