"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";

const DEBOUNCE_MS = 300;

/**
 * Re-renders the current (server-rendered) console page when one of `events` arrives on `channel`,
 * and after a reconnect, when events may have been missed. With `bookingRef`, only that booking's
 * events count. The page's data, rules included, stay on the server.
 */
export function RefreshOnEvents({ channel, events, bookingRef }: { channel: string; events: readonly string[]; bookingRef?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // One change often announces several events at once; one refresh covers them all.
  const scheduleRefresh = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, DEBOUNCE_MS);
  }, [router]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useChannel(
    channel,
    (name, data) => {
      if (!events.includes(name)) return;
      if (bookingRef && data.booking_id !== bookingRef) return;
      scheduleRefresh();
    },
    scheduleRefresh,
  );
  return null;
}
