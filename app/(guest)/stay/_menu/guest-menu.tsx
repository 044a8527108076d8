"use client";

import Link from "next/link";
import { StaySubpageHeader } from "../_shared/stay-subpage-header";
import { useCallback, useMemo, useRef, useState } from "react";
import { RealtimeProvider, useChannel } from "@/components/realtime/realtime-provider";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestMenuItem, GuestMenuView } from "@/lib/menus/guest-menu";
import { MENU_LABELS, MENU_PATHS } from "@/lib/menus/labels";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { breakfastSlots, stayMornings } from "../_order/breakfast-fields";
import { ItemSheet } from "../_order/item-sheet";
import { formatMinor } from "../_order/money";
import { OrderPanel, type BreakfastSetup } from "../_order/order-panel";
import { useStayAllergies } from "../_order/use-allergies";
import { useCart } from "../_order/use-cart";
import { MenuItemCard } from "./menu-item-card";

/** A guest's menu page: categories and items with what can be ordered now, updated live on menu.changed. */
export function GuestMenu({
  initialView,
  stay,
  slotMinutes,
  realtime,
}: {
  initialView: GuestMenuView;
  stay: GuestBookingView;
  slotMinutes: number;
  realtime: ClientPusherConfig | null;
}) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <MenuBody initialView={initialView} stay={stay} slotMinutes={slotMinutes} />
    </RealtimeProvider>
  );
}

type Status = "idle" | "refreshing" | "error" | "link-invalid";

function MenuBody({ initialView, stay, slotMinutes }: { initialView: GuestMenuView; stay: GuestBookingView; slotMinutes: number }) {
  const [view, setView] = useState(initialView);
  const [sheetItem, setSheetItem] = useState<GuestMenuItem | null>(null);
  // One cart per booking and menu, kept on this device.
  const cart = useCart(`cart:${stay.booking.booking_id}:${initialView.menu}`);
  const [allergies, setAllergies] = useStayAllergies(stay.booking.booking_id);
  const canOrderScope = stay.access.scopes.includes("order");
  const breakfast = useMemo<BreakfastSetup | null>(
    () =>
      initialView.menu === "breakfast"
        ? {
            mornings: stayMornings(stay.booking.check_in_date, stay.booking.check_out_date),
            slots: breakfastSlots(initialView.hours.opens, initialView.hours.closes, slotMinutes),
            maxGuests: stay.booking.adults + stay.booking.children,
            cutoff: initialView.hours.order_cutoff ?? "22:00",
            timezone: initialView.hotel.timezone,
          }
        : null,
    [initialView, stay, slotMinutes],
  );
  const unavailable = useMemo(
    () => new Map(view.categories.flatMap((c) => c.items.filter((i) => !i.available).map((i) => [i.id, i.sold_out ? "sold out" : (i.unavailable_reason ?? "not available")] as const))),
    [view],
  );
  // What each dish contains per the menu as it is now (a line added before a menu edit is checked again).
  const containsOf = useMemo(() => new Map(view.categories.flatMap((c) => c.items.map((i) => [i.id, i.allergens] as const))), [view]);
  const blocked = !canOrderScope
    ? "This link can show the menu but not place orders. Ask the front desk for an ordering link."
    : view.menu === "room_service" && !stay.access.can_order_now
      ? "Room service can be ordered while you are staying with us (after check-in)."
      : breakfast && breakfast.mornings.length === 0
        ? "There is no breakfast morning left in your stay."
        : null;
  const [status, setStatus] = useState<Status>("idle");
  const latest = useRef(0);
  const url = `/api/public/hotel/${encodeURIComponent(view.hotel.slug)}/${MENU_PATHS[view.menu]}/menu/`;

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    setStatus((s) => (s === "link-invalid" ? s : "refreshing"));
    try {
      const res = await fetch(url, { cache: "no-store" });
      if (ticket !== latest.current) return; // a newer refresh is under way
      if (res.status === 401 || res.status === 403) return setStatus("link-invalid");
      if (!res.ok) return setStatus("error");
      setView((await res.json()) as GuestMenuView);
      setStatus("idle");
    } catch {
      if (ticket === latest.current) setStatus("error");
    }
  }, [url]);

  useChannel(
    status === "link-invalid" ? null : view.channel,
    (name, data) => {
      if (name !== "menu.changed") return;
      const menus = Array.isArray(data.menus) ? data.menus : [];
      if (menus.length === 0 || menus.includes(view.menu)) void refresh();
    },
    () => void refresh(),
  );

  const other = view.menu === "room_service" ? "breakfast" : "room_service";
  const title = `${MENU_LABELS[view.menu]} menu`;
  return (
    <div className="min-h-screen">
      <StaySubpageHeader title={view.hotel.name} live={status !== "link-invalid"} />
      <main className="mx-auto max-w-xl space-y-4 p-4 pb-12">
        <nav aria-label="Menus" className="flex gap-2">
          {(["room_service", "breakfast"] as const).map((m) => (
            <Link
              key={m}
              href={m === "room_service" ? "/stay/room-service" : "/stay/breakfast"}
              aria-current={m === view.menu ? "page" : undefined}
              className={`rounded-full px-4 py-2 text-sm font-medium ring-1 ${m === view.menu ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-stone-800 ring-stone-300 hover:bg-stone-100"}`}
            >
              {MENU_LABELS[m]}
            </Link>
          ))}
        </nav>
        <div>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="mt-1 text-sm text-stone-700" data-testid="menu-hours">
            {view.menu === "room_service"
              ? `Room service ${view.hours.opens}–${view.hours.closes}, hotel time (now ${view.local_time}).`
              : `Served ${view.hours.opens}–${view.hours.closes}; order by ${view.hours.order_cutoff} the evening before.`}
          </p>
        </div>
        <div aria-live="polite" className="min-h-0">
          {status === "refreshing" && <p className="sr-only">Updating the menu…</p>}
          {status === "error" && (
            <div role="alert" className="flex items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <span>We could not update the menu. What you see may be out of date.</span>
              <button type="button" onClick={() => void refresh()} className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400 hover:bg-amber-100">
                Try again
              </button>
            </div>
          )}
        </div>
        {status === "link-invalid" ? (
          <div role="alert" className="rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
            <h2 className="text-lg font-semibold">This link is no longer valid</h2>
            <p className="mt-1">Please ask the front desk for a new link.</p>
          </div>
        ) : view.categories.length === 0 ? (
          <p className="rounded-2xl bg-white p-5 text-stone-700 ring-1 ring-stone-200">The {MENU_LABELS[view.menu].toLowerCase()} menu is empty at the moment.</p>
        ) : (
          view.categories.map((c) => (
            <section key={c.id} aria-labelledby={`cat-${c.id}`} className="space-y-2">
              <h2 id={`cat-${c.id}`} className="text-lg font-semibold">
                {c.name}
              </h2>
              {c.description && <p className="text-sm text-stone-700">{c.description}</p>}
              <ul className="space-y-2">
                {c.items.map((i) => (
                  <MenuItemCard key={i.id} item={i} onChoose={canOrderScope ? setSheetItem : undefined} />
                ))}
              </ul>
            </section>
          ))
        )}
        {status !== "link-invalid" && canOrderScope && (
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
            onLinkInvalid={() => setStatus("link-invalid")}
          />
        )}
        <p className="text-center text-sm">
          <Link href={other === "breakfast" ? "/stay/breakfast" : "/stay/room-service"} className="text-brand-700 underline underline-offset-2">
            See the {MENU_LABELS[other].toLowerCase()} menu
          </Link>
        </p>
      </main>
      {cart.count > 0 && status !== "link-invalid" && (
        <aside aria-label="Order summary" className="sticky bottom-0 border-t border-stone-200 bg-white/95 p-3 backdrop-blur">
          <a href="#cart" data-testid="cart-bar" className="mx-auto flex max-w-xl items-center justify-between rounded-full bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
            <span>
              View order · {cart.count} {cart.count === 1 ? "item" : "items"}
            </span>
            <span>{formatMinor(cart.totalMinor, view.currency)}</span>
          </a>
        </aside>
      )}
      {sheetItem && <ItemSheet key={sheetItem.id} item={sheetItem} declared={allergies.allergens} onAdd={cart.add} onClose={() => setSheetItem(null)} />}
    </div>
  );
}
