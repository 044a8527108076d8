"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { LiveIndicator } from "@/components/realtime/live-indicator";
import { RealtimeProvider, useRealtime } from "@/components/realtime/realtime-provider";
import type { TextSize } from "@/components/kitchen/model/text-size";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { SessionGuard } from "./session-guard";
import { MuteToggle, SoundBanner, SoundProvider } from "./sound";
import { TextSizeProvider, TextSizeSwitch, useTextSize } from "./text-size";
import { TOOLBAR_ID } from "./toolbar-slot";
import { useWakeLock } from "./wake-lock";

const TABS = [
  { href: "/kitchen", label: "Room service" },
  { href: "/kitchen/breakfast", label: "Breakfast" },
];

/** The kitchen screen's frame: one live connection, the session watch, sound, wake lock, and tabs. */
export function KitchenShell({ config, hotelName, textSize, children }: { config: ClientPusherConfig | null; hotelName: string; textSize: TextSize; children: React.ReactNode }) {
  // Keep the first config: a re-render hands over an equal new object, which would reconnect.
  const [stableConfig] = useState(config);
  return (
    <RealtimeProvider config={stableConfig} identity="staff">
      <SessionGuard>
        <SoundProvider>
          <TextSizeProvider initial={textSize}>
            <Frame hotelName={hotelName}>{children}</Frame>
          </TextSizeProvider>
        </SoundProvider>
      </SessionGuard>
    </RealtimeProvider>
  );
}

const OFFLINE_TEXT: Partial<Record<ReturnType<typeof useRealtime>["state"], string>> = {
  offline: "Offline: new orders are not arriving. The board may be out of date; bumps are paused until it is back.",
  reconnecting: "Connection lost: reconnecting… The board may be out of date; bumps are paused until it is back.",
  blocked: "Live updates are blocked at this address: new orders will not appear. Open the screen at the hotel's usual address (see the kitchen set-up).",
};

function Frame({ hotelName, children }: { hotelName: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const wakeLock = useWakeLock();
  // A board that has lost its connection must not look live: it says so across the screen, dims,
  // and takes no bumps (inert) until the connection is back, when it refetches everything.
  const { state } = useRealtime();
  const cut = state === "offline" || state === "reconnecting" || state === "blocked";
  const { size } = useTextSize();
  return (
    <div className="kitchen-frame flex h-dvh flex-col overflow-hidden bg-stone-950 text-white" data-text-size={size} data-wake-lock={wakeLock}>
      <SoundBanner />
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-700 px-3 py-1.5">
        <div className="flex items-center gap-4">
          <h1 className="text-2xl font-black">
            Kitchen <span className="font-semibold text-stone-300">· <bdi>{hotelName}</bdi></span>
          </h1>
          <nav aria-label="Kitchen views" className="flex gap-2">
            {TABS.map((t) => {
              const current = t.href === "/kitchen" ? pathname === "/kitchen" : pathname.startsWith(t.href);
              return (
                <Link
                  key={t.href}
                  href={t.href}
                  aria-current={current ? "page" : undefined}
                  className={`rounded-lg px-4 py-1.5 text-xl font-bold ${current ? "bg-white text-stone-950" : "bg-stone-800 text-white ring-1 ring-stone-600"}`}
                >
                  {t.label}
                </Link>
              );
            })}
          </nav>
        </div>
        <div className="flex items-center gap-3">
          <div id={TOOLBAR_ID} className="contents" />
          {/* Sold-out switches live on the console's menu page, which the kitchen may use. A full
              page load: leaving the kitchen shell ends its connection and wake lock. */}
          <a href="/console/menus" className="rounded-lg bg-stone-800 px-3 py-1.5 text-base font-semibold text-white ring-1 ring-stone-600">
            Menus and sold out
          </a>
          {wakeLock !== "held" && (
            <span data-testid="wake-lock-note" className="text-sm text-stone-300" title="The screen may dim or lock: the browser did not grant a wake lock">
              Screen may sleep
            </span>
          )}
          <TextSizeSwitch />
          <MuteToggle />
          <LiveIndicator tone="dark" />
        </div>
      </header>
      {cut && (
        <div role="alert" data-testid="kitchen-offline" className={`px-4 py-3 text-center text-xl font-bold ${state === "reconnecting" ? "bg-amber-400 text-stone-950" : "bg-red-700 text-white"}`}>
          {OFFLINE_TEXT[state]}
        </div>
      )}
      <main id="main" inert={cut} aria-disabled={cut || undefined} className={`flex min-h-0 flex-1 flex-col transition-opacity ${cut ? "opacity-40 grayscale" : ""}`}>
        {children}
      </main>
    </div>
  );
}
