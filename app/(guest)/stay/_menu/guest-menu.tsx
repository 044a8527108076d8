"use client";

import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { LiveIndicator } from "@/components/realtime/live-indicator";
import { RealtimeProvider, useChannel } from "@/components/realtime/realtime-provider";
import type { GuestMenuView } from "@/lib/menus/guest-menu";
import { MENU_LABELS, MENU_PATHS } from "@/lib/menus/labels";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { MenuItemCard } from "./menu-item-card";

/** A guest's menu page: categories and items with what can be ordered now, updated live on menu.changed. */
export function GuestMenu({ initialView, realtime }: { initialView: GuestMenuView; realtime: ClientPusherConfig | null }) {
  return (
    <RealtimeProvider config={realtime} identity="guest">
      <MenuBody initialView={initialView} />
    </RealtimeProvider>
  );
}

type Status = "idle" | "refreshing" | "error" | "link-invalid";

function MenuBody({ initialView }: { initialView: GuestMenuView }) {
  const [view, setView] = useState(initialView);
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
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-4">
          <div>
            <Link href="/stay" className="text-sm text-brand-50 underline underline-offset-2">
              ← Your stay
            </Link>
            <p className="text-lg font-semibold">{view.hotel.name}</p>
          </div>
          {status !== "link-invalid" && <LiveIndicator tone="dark" />}
        </div>
      </header>
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
                  <MenuItemCard key={i.id} item={i} />
                ))}
              </ul>
            </section>
          ))
        )}
        <p className="text-center text-sm">
          <Link href={other === "breakfast" ? "/stay/breakfast" : "/stay/room-service"} className="text-brand-700 underline underline-offset-2">
            See the {MENU_LABELS[other].toLowerCase()} menu
          </Link>
        </p>
      </main>
    </div>
  );
}
