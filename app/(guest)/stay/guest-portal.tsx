"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { RealtimeProvider, useChannel, useRealtime } from "@/components/realtime/realtime-provider";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { formatDate, nights } from "@/components/ui/format";
import type { GuestStaySummary } from "@/lib/orders/guest-stay-summary";
import { StayBadge } from "@/components/ui/stay-badge";
import { GuestLiveIndicator } from "./_shared/guest-live-indicator";
import { StayMoney } from "./_shared/stay-money";
import { useStaySummary } from "./_shared/use-stay-summary";
import { AccessSummary } from "./access-summary";
import { ActiveOrders } from "./active-orders";
import { PrecheckinSection } from "./precheckin-section";
import { StayHeadline } from "./stay-headline";
import { useTabTitle } from "./use-tab-title";
import { LinkRefusedAlert } from "@/app/(guest)/stay/_shared/link-refused-alert";

/** The guest's single page: booking status, what the link allows, and pre-check-in, live. */
export function GuestPortal({ initialView, initialSummary, realtime }: { initialView: GuestBookingView; initialSummary: GuestStaySummary; realtime: ClientPusherConfig | null }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <PortalBody initialView={initialView} initialSummary={initialSummary} />
    </RealtimeProvider>
  );
}

function PortalBody({ initialView, initialSummary }: { initialView: GuestBookingView; initialSummary: GuestStaySummary }) {
  const [view, setView] = useState(initialView);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const { pusher } = useRealtime();
  // Menus' state, orders under way, money and unread replies: the server's, live.
  const { summary, refresh: refreshSummary } = useStaySummary(view, initialSummary, { paused: linkInvalid });
  useTabTitle(linkInvalid ? 0 : summary.chat_unread);

  // Fresh state from the API; also the answer to "was my link revoked?" (403 → say so).
  const refresh = useCallback(async () => {
    let res: Response;
    try {
      res = await fetch(`/api/public/hotel/${encodeURIComponent(view.hotel.slug)}/booking/`, { cache: "no-store" });
    } catch {
      return; // offline: the indicator says so, and the next reconnect refetches
    }
    if (res.status === 401 || res.status === 403) {
      setLinkInvalid(true);
      pusher?.disconnect();
      return;
    }
    if (!res.ok) return;
    setView((await res.json()) as GuestBookingView);
    void refreshSummary();
    // The server ends every connection of the booking when one of its links is revoked;
    // a still-valid link reconnects.
    if (pusher && pusher.connection.state === "disconnected") pusher.connect();
  }, [view.hotel.slug, pusher, refreshSummary]);

  useChannel(
    linkInvalid ? null : view.channels.booking,
    (name, data) => {
      if (name === "booking.link_revoked" && data.link_id === view.access.link_id) {
        setLinkInvalid(true);
        pusher?.disconnect();
        return;
      }
      void refresh();
    },
    () => void refresh(),
  );

  const b = view.booking;
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-4">
          <div>
            <p className="text-sm text-brand-100">Welcome to</p>
            <p dir="auto" className="text-lg font-semibold">{view.hotel.name}</p>
          </div>
          <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
            <LanguageSwitcher />
            {!linkInvalid && <GuestLiveIndicator />}
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        {linkInvalid && (
          <LinkRefusedAlert
            heading="h1"
            title="This link is no longer valid"
            phone={view.hotel.phone}
            lead="It may have been replaced or switched off. Please ask the front desk for a new link."
          />
        )}
        {!linkInvalid && (
          <>
        <section aria-labelledby="stay-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <div className="flex items-start justify-between gap-3">
            <div>
              <h1 id="stay-heading" className="text-xl font-semibold">
                Hello, <bdi>{b.primary_guest_name}</bdi>
              </h1>
              <p className="mt-1 text-sm text-stone-600">Booking {b.booking_id}</p>
            </div>
            <StayBadge state={b.stay_status} size="md" />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">Check-in</dt>
              <dd className="font-medium">{formatDate(b.check_in_date)}</dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">Check-out</dt>
              <dd className="font-medium">{formatDate(b.check_out_date)}</dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">Room</dt>
              <dd className="font-medium" data-testid="room-number">{b.room_number ?? "Assigned at check-in"}</dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">Guests · nights</dt>
              <dd className="font-medium">
                {b.adults + b.children} · {nights(b.check_in_date, b.check_out_date)}
              </dd>
            </div>
          </dl>
        </section>
        <StayHeadline view={view} ordering={summary.ordering} />
        <ActiveOrders orders={summary.active_orders} timezone={view.hotel.timezone} />
        {summary.money && <StayMoney charged={summary.money.charged_totals} ordered={summary.money.ordered_totals} />}
        <AccessSummary view={view} ordering={summary.ordering} />
        <nav aria-label="Menus" className="grid grid-cols-2 gap-3">
          <Link href="/stay/room-service" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
            Room service menu
            <span data-testid="tile-room-service-state" className="mt-1 block text-xs font-normal text-stone-700">{summary.ordering.room_service.title}</span>
          </Link>
          <Link href="/stay/breakfast" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
            Breakfast menu
            <span data-testid="tile-breakfast-state" className="mt-1 block text-xs font-normal text-stone-700">{summary.ordering.breakfast.title}</span>
          </Link>
          {view.access.scopes.includes("order") && <Link href="/stay/orders" className="col-span-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">Your orders</Link>}
          {view.access.scopes.includes("chat") && (
            <Link href="/stay/chat" className="col-span-2 flex items-center justify-center gap-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
              Chat with the front desk
              {summary.chat_unread > 0 && (
                <span data-testid="chat-unread" className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
                  {summary.chat_unread}
                  <span className="sr-only"> unread {summary.chat_unread === 1 ? "reply" : "replies"}</span>
                </span>
              )}
            </Link>
          )}
        </nav>
        {view.access.scopes.includes("precheckin") && (
          <PrecheckinSection view={view} onSaved={(v) => setView(v)} onLinkInvalid={() => setLinkInvalid(true)} />
        )}
            <div className="text-center text-xs text-stone-600">
              <p>This page is private to your booking. Do not share this link.</p>
              <div className="mt-2 flex justify-center gap-4">
                <button type="button" className="underline" onClick={() => void refresh()}>
                  Refresh
                </button>
                <form method="post" action="/stay/leave">
                  <button type="submit" className="underline">
                    Forget this link on this device
                  </button>
                </form>
              </div>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
