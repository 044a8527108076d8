"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { RealtimeProvider, useChannel, useRealtime } from "@/components/realtime/realtime-provider";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { nights } from "@/components/ui/format";
import type { GuestStaySummary } from "@/lib/orders/guest-stay-summary";
import { StayBadge } from "@/components/ui/stay-badge";
import { GuestLiveIndicator } from "./_shared/guest-live-indicator";
import { useOrderingText } from "./_shared/ordering-banner";
import { StayMoney } from "./_shared/stay-money";
import { useStaySummary } from "./_shared/use-stay-summary";
import { AccessSummary } from "./access-summary";
import { ActiveOrders } from "./active-orders";
import { PrecheckinSection } from "./precheckin-section";
import { StayHeadline } from "./stay-headline";
import { useTabTitle } from "./use-tab-title";
import { LinkRefusedAlert } from "@/app/(guest)/stay/_shared/link-refused-alert";

/** The guest's single page: booking status, what the link allows, and pre-check-in, live. */
export function GuestPortal({
  initialView,
  initialSummary,
  realtime,
  requestsTile,
  guide,
}: {
  initialView: GuestBookingView;
  initialSummary: GuestStaySummary;
  realtime: ClientPusherConfig | null;
  /** Rendered by the server (app/(guest)/stay/page.tsx): the way to requests, and the hotel guide. */
  requestsTile?: React.ReactNode;
  guide?: React.ReactNode;
}) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <PortalBody initialView={initialView} initialSummary={initialSummary} requestsTile={requestsTile} guide={guide} />
    </RealtimeProvider>
  );
}

function PortalBody({ initialView, initialSummary, requestsTile, guide }: { initialView: GuestBookingView; initialSummary: GuestStaySummary; requestsTile?: React.ReactNode; guide?: React.ReactNode }) {
  const [view, setView] = useState(initialView);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const { pusher } = useRealtime();
  const t = useTranslations("stay");
  const f = useFormat();
  const orderingText = useOrderingText();
  // Menus' state, orders under way, money and unread replies: the server's, live.
  const { summary, refresh: refreshSummary } = useStaySummary(view, initialSummary, { paused: linkInvalid });
  useTabTitle(linkInvalid ? 0 : summary.chat_unread);
  // The server-rendered guide follows the stay (Wi-Fi once checked in, none after check-out).
  const router = useRouter();
  const renderedStay = useRef(initialView.booking.stay_status);
  useEffect(() => {
    if (view.booking.stay_status === renderedStay.current) return;
    renderedStay.current = view.booking.stay_status;
    router.refresh();
  }, [view.booking.stay_status, router]);

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
        {/* On a narrow phone the language and the live pill take their own row rather than squeeze the name. */}
        <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-4">
          <div className="min-w-0 flex-1 basis-44">
            <p className="text-sm text-brand-100">{t("welcome")}</p>
            <p dir="auto" className="text-lg font-semibold">{view.hotel.name}</p>
          </div>
          <div className="ms-auto flex shrink-0 items-center gap-2">
            <LanguageSwitcher />
            {!linkInvalid && <GuestLiveIndicator />}
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        {linkInvalid && (
          <LinkRefusedAlert
            heading="h1"
            title={t("linkInvalid.title")}
            phone={view.hotel.phone}
            lead={t("linkInvalid.lead")}
          />
        )}
        {!linkInvalid && (
          <>
        <section aria-labelledby="stay-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <div className="flex items-start justify-between gap-3">
            <div>
              <h1 id="stay-heading" className="text-xl font-semibold">
                {t.rich("booking.hello", { name: b.primary_guest_name, guest: (c) => <bdi>{c}</bdi> })}
              </h1>
              <p className="mt-1 text-sm text-stone-600">{t("booking.reference", { reference: b.booking_id })}</p>
            </div>
            <StayBadge state={b.stay_status} size="md" labels={{ upcoming: t("badge.upcoming"), in_house: t("badge.inHouse"), departed: t("badge.departed"), cancelled: t("badge.cancelled") }} />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">{t("booking.checkIn")}</dt>
              <dd className="font-medium">{f.date(b.check_in_date)}</dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">{t("booking.checkOut")}</dt>
              <dd className="font-medium">
                {f.date(b.check_out_date)}
                {b.check_out_time && (
                  <span className="block text-xs font-normal text-stone-700" data-testid="check-out-time">
                    {t("booking.checkOutBy", { time: b.check_out_time })}
                  </span>
                )}
              </dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">{t("booking.room")}</dt>
              <dd className="font-medium" data-testid="room-number">{b.room_number ?? t("booking.roomAtCheckIn")}</dd>
            </div>
            <div className="rounded-xl bg-stone-50 p-3">
              <dt className="text-stone-600">{t("booking.guestsNights")}</dt>
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
        <nav aria-label={t("menus.label")} className="grid grid-cols-2 gap-3">
          <Link href="/stay/room-service" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
            {t("menus.roomService")}
            <span data-testid="tile-room-service-state" className="mt-1 block text-xs font-normal text-stone-700">{orderingText(summary.ordering.room_service).title}</span>
          </Link>
          <Link href="/stay/breakfast" className="rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
            {t("menus.breakfast")}
            <span data-testid="tile-breakfast-state" className="mt-1 block text-xs font-normal text-stone-700">{orderingText(summary.ordering.breakfast).title}</span>
          </Link>
          {view.access.scopes.includes("order") && <Link href="/stay/orders" className="col-span-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">{t("menus.orders")}</Link>}
          {view.access.scopes.includes("order") && requestsTile}
          {view.access.scopes.includes("chat") && (
            <Link href="/stay/chat" className="col-span-2 flex items-center justify-center gap-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
              {t("menus.chat")}
              {summary.chat_unread > 0 && (
                <span data-testid="chat-unread" className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white">
                  {summary.chat_unread}
                  <span className="sr-only"> {t("menus.unread", { count: summary.chat_unread })}</span>
                </span>
              )}
            </Link>
          )}
        </nav>
        {guide}
        {view.access.scopes.includes("precheckin") && (
          <PrecheckinSection view={view} onSaved={(v) => setView(v)} onLinkInvalid={() => setLinkInvalid(true)} />
        )}
            <div className="text-center text-xs text-stone-600">
              <p>{t("footer.private")}</p>
              <div className="mt-2 flex justify-center gap-4">
                <button type="button" className="underline" onClick={() => void refresh()}>
                  {t("footer.refresh")}
                </button>
                <form method="post" action="/stay/leave">
                  <button type="submit" className="underline">
                    {t("footer.forget")}
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
