"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { lazy, Suspense, useCallback, useMemo, useState, useTransition } from "react";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useLiveList } from "@/components/realtime/use-live-list";
import { guestApi } from "../_order/guest-api";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestMenuItem, GuestMenuView } from "@/lib/menus/guest-menu";
import { MENU_PATHS } from "@/lib/menus/labels";
import type { BreakfastSlotsView } from "@/lib/orders/breakfast/slots-view";
import type { GuestStaySummary } from "@/lib/orders/guest-stay-summary";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { OrderingBanner, useOrderingText } from "../_shared/ordering-banner";
import { useStaySummary } from "../_shared/use-stay-summary";
import { useFormat } from "@/components/i18n/use-format";
import { OrderPanel, type BreakfastSetup } from "../_order/order-panel";
import { useStayAllergies } from "../_order/use-allergies";
import { useCart } from "../_order/use-cart";
import { MenuItemCard, unavailableOf } from "./menu-item-card";
import { useInView } from "./use-in-view";
import { LinkRefusedAlert } from "@/app/(guest)/stay/_shared/link-refused-alert";

// The dish sheet's code (options, quantity, instructions, per-dish allergies) loads on the first
// tap of a dish, not with the menu: a guest who only looks at the menu never needs it (bench:weight).
const ItemSheet = lazy(() => import("../_order/item-sheet").then((m) => ({ default: m.ItemSheet })));

/** A guest's menu page: categories and items with what can be ordered now, updated live on menu.changed. */
export function GuestMenu({
  initialView,
  stay,
  initialSummary,
  breakfastSlots,
  realtime,
}: {
  initialView: GuestMenuView;
  stay: GuestBookingView;
  initialSummary: GuestStaySummary;
  /** Breakfast with the ordering scope: the stay's mornings, slots and party size from the server. */
  breakfastSlots: BreakfastSlotsView | null;
  realtime: ClientPusherConfig | null;
}) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <MenuBody initialView={initialView} stay={stay} initialSummary={initialSummary} breakfastSlots={breakfastSlots} />
    </RealtimeProvider>
  );
}

function MenuBody({ initialView, stay, initialSummary, breakfastSlots }: { initialView: GuestMenuView; stay: GuestBookingView; initialSummary: GuestStaySummary; breakfastSlots: BreakfastSlotsView | null }) {
  const t = useTranslations("menu");
  const fmt = useFormat();
  const locale = useLocale();
  const orderingText = useOrderingText();
  const [sheetItem, setSheetItem] = useState<GuestMenuItem | null>(null);
  // In a transition, the menu stays as it is while the sheet's code arrives (no blank frame).
  const [, startTransition] = useTransition();
  const chooseItem = useCallback((item: GuestMenuItem) => startTransition(() => setSheetItem(item)), []);
  // One cart per booking and menu, kept on this device.
  const cart = useCart(`cart:${stay.booking.booking_id}:${initialView.menu}`);
  const [allergies, setAllergies] = useStayAllergies(stay.booking.booking_id);
  const canOrderScope = stay.access.scopes.includes("order");
  const breakfast = useMemo<BreakfastSetup | null>(() => (initialView.menu === "breakfast" && breakfastSlots ? { initial: breakfastSlots } : null), [initialView.menu, breakfastSlots]);
  const [linkInvalid, setLinkInvalid] = useState(false);
  // A live reload keeps the page's language (the hotel's text where a dish has no translation).
  const url = `/api/public/hotel/${encodeURIComponent(initialView.hotel.slug)}/${MENU_PATHS[initialView.menu]}/menu/?lang=${encodeURIComponent(locale)}`;
  const load = useCallback(() => guestApi<GuestMenuView>(url), [url]);
  // The page came with the menu; a menu change (this one, or all menus) reloads it.
  const live = useLiveList({
    load: linkInvalid ? null : load,
    channel: linkInvalid ? null : initialView.channel,
    refetchOn: (name, data) => {
      if (name !== "menu.changed") return false;
      const menus = Array.isArray(data.menus) ? data.menus : [];
      return menus.length === 0 || menus.includes(initialView.menu);
    },
    onRefused: () => setLinkInvalid(true),
    initial: initialView,
  });
  const { refresh } = live;
  const view = live.data ?? initialView;
  const status = linkInvalid ? "link-invalid" : live.error ? "error" : "idle";
  const unavailable = useMemo(
    () => new Map(view.categories.flatMap((c) => c.items.filter((i) => !i.available).map((i) => [i.id, unavailableOf(i)] as const))),
    [view],
  );
  // What each dish contains per the menu as it is now (a line added before a menu edit is checked again).
  const containsOf = useMemo(() => new Map(view.categories.flatMap((c) => c.items.map((i) => [i.id, i.allergens] as const))), [view]);
  const { summary } = useStaySummary(stay, initialSummary, { paused: status === "link-invalid" });
  // What this menu allows now, from the same rules the order API applies.
  const ordering = summary.ordering[initialView.menu];
  // The same words as the banner above, in the guest's language.
  const blocked = ordering.can_add ? null : t("cart.blocked", orderingText(ordering));
  // The "View order" bar leads to the order panel; once the panel is on screen it steps aside, so it never covers it.
  const cartInView = useInView("cart", cart.count > 0);
  const other = view.menu === "room_service" ? "breakfast" : "room_service";
  const title = t("menus.title", { menu: view.menu });
  return (
    <div className="min-h-screen">
      <StaySubpageHeader title={view.hotel.name} live={status !== "link-invalid"} />
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        <nav aria-label={t("menus.nav")} className="flex gap-2">
          {(["room_service", "breakfast"] as const).map((m) => (
            <Link
              key={m}
              href={m === "room_service" ? "/stay/room-service" : "/stay/breakfast"}
              aria-current={m === view.menu ? "page" : undefined}
              className={`rounded-full px-4 py-2 text-sm font-medium ring-1 ${m === view.menu ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-stone-800 ring-stone-300 hover:bg-stone-100"}`}
            >
              {t("menus.name", { menu: m })}
            </Link>
          ))}
        </nav>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {status !== "link-invalid" && <OrderingBanner id="ordering-state" state={ordering} chat={Boolean(stay.channels.chat)} phone={view.hotel.phone} />}
        <div aria-live="polite" className="min-h-0">
          {status === "error" && (
            <div role="alert" className="flex items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <span>{t("page.updateFailed")}</span>
              <button type="button" onClick={() => void refresh()} className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
                {t("page.tryAgain")}
              </button>
            </div>
          )}
        </div>
        {status === "link-invalid" ? (
          <LinkRefusedAlert heading="h2" title={t("page.linkInvalidTitle")} phone={view.hotel.phone} lead={t("page.linkInvalidLead")} />
        ) : view.categories.length === 0 ? (
          <p className="rounded-2xl bg-white p-5 text-stone-700 ring-1 ring-stone-200">{t("menus.empty", { menu: view.menu })}</p>
        ) : (
          view.categories.map((c) => (
            <section key={c.id} aria-labelledby={`cat-${c.id}`} className="space-y-2">
              <h2 id={`cat-${c.id}`} dir="auto" className="text-lg font-semibold">
                {c.name}
              </h2>
              {c.description && <p dir="auto" className="text-sm text-stone-700">{c.description}</p>}
              <ul className="space-y-2">
                {c.items.map((i) => (
                  <MenuItemCard key={i.id} item={i} onChoose={chooseItem} disabledBy={ordering.can_add ? null : "ordering-state"} />
                ))}
              </ul>
            </section>
          ))
        )}
        {status !== "link-invalid" && canOrderScope && (ordering.can_add || cart.count > 0) && (
          // The order confirmation loads inside it (lazily): the panel stays until it can show.
          <Suspense fallback={null}>
            <OrderPanel
              menu={view.menu}
              hotelSlug={view.hotel.slug}
              currency={view.currency}
              timezone={view.hotel.timezone}
              cart={cart}
              blocked={blocked}
              breakfast={breakfast}
              unavailable={unavailable}
              containsOf={containsOf}
              allergies={allergies}
              onAllergiesChange={setAllergies}
              onLinkInvalid={() => setLinkInvalid(true)}
            />
          </Suspense>
        )}
        <p className="text-center text-sm">
          <Link href={other === "breakfast" ? "/stay/breakfast" : "/stay/room-service"} className="text-brand-700 underline underline-offset-2">
            {t("menus.seeOther", { menu: other })}
          </Link>
        </p>
      </main>
      {cart.count > 0 && status !== "link-invalid" && (
        // With the cart on screen the bar steps aside but keeps its place: removing it shortened the
        // page and moved the cart under a finger (or a click) already on its way to "Place order".
        <aside aria-label={t("page.orderSummary")} className={`sticky bottom-0 border-t border-stone-200 bg-white/95 p-3 backdrop-blur ${cartInView ? "invisible" : ""}`}>
          <a href="#cart" data-testid="cart-bar" className="mx-auto flex max-w-xl items-center justify-between rounded-full bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            <span>{t("page.viewOrder", { count: cart.count })}</span>
            <span>{fmt.minor(cart.totalMinor, view.currency)}</span>
          </a>
        </aside>
      )}
      <Suspense fallback={null}>
        {sheetItem && <ItemSheet key={sheetItem.id} item={sheetItem} declared={allergies.allergens} onAdd={cart.add} onClose={() => setSheetItem(null)} />}
      </Suspense>
    </div>
  );
}
