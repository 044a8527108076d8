"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { LiveIndicator } from "@/components/realtime/live-indicator";
import { RealtimeProvider, useChannel, useRealtime } from "@/components/realtime/realtime-provider";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { formatDate, nights } from "@/components/ui/format";
import { AccessSummary } from "./access-summary";
import { PrecheckinSection } from "./precheckin-section";
import { StayBadge } from "@/components/ui/stay-badge";

/** The guest's single page: booking status, what the link allows, and pre-check-in, live. */
export function GuestPortal({ initialView, realtime }: { initialView: GuestBookingView; realtime: ClientPusherConfig | null }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <PortalBody initialView={initialView} />
    </RealtimeProvider>
  );
}

function PortalBody({ initialView }: { initialView: GuestBookingView }) {
  const [view, setView] = useState(initialView);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const { pusher } = useRealtime();

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
    // The server ends every connection of the booking when one of its links is revoked;
    // a still-valid link reconnects.
    if (pusher && pusher.connection.state === "disconnected") pusher.connect();
  }, [view.hotel.slug, pusher]);

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
          {!linkInvalid && <LiveIndicator tone="dark" />}
        </div>
      </header>
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        {linkInvalid && (
          <div role="alert" className="rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
            <h1 className="text-lg font-semibold">This link is no longer valid</h1>
            <p className="mt-1">It may have been replaced or switched off. Please ask the front desk for a new link.</p>
          </div>
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
        <AccessSummary view={view} />
        <nav aria-label="Menus" className="grid grid-cols-2 gap-3">
          <Link href="/stay/room-service" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">Room service menu</Link>
          <Link href="/stay/breakfast" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">Breakfast menu</Link>
          {view.access.scopes.includes("order") && <Link href="/stay/orders" className="col-span-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">Your orders</Link>}
          {view.access.scopes.includes("chat") && <Link href="/stay/chat" className="col-span-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">Chat with the front desk</Link>}
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
