"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { staffBookingsChannel } from "@/lib/realtime/channels";

const DEBOUNCE_MS = 300;

/**
 * Re-renders the current console page from the server when a booking changes (a guest's
 * pre-check-in, a colleague's check-in) and after a reconnect, when events may have been missed.
 * With `reference`, only that booking's changes count. For front desk and admin only: kitchen
 * staff may not subscribe to booking changes.
 */
export function RefreshOnBookingChange({ hotelSlug, reference }: { hotelSlug: string; reference?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A check-in announces several events at once; one refresh covers them all.
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
    staffBookingsChannel(hotelSlug),
    (name, data) => {
      if (name !== "staff.booking_changed") return;
      if (reference && data.booking_id !== reference) return;
      scheduleRefresh();
    },
    scheduleRefresh,
  );
  return null;
}
