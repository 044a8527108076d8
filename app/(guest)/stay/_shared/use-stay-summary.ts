"use client";

import { useCallback, useEffect } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { useLiveList } from "@/components/realtime/use-live-list";
import type { GuestBookingView } from "@/lib/bookings/guest-view";
import type { GuestStaySummary } from "@/lib/orders/guest-stay-summary";
import { guestApi } from "../_order/guest-api";
import { useBookingLanguage } from "./use-booking-language";

// Hours open and close while a page stays open: the summary is asked again each minute.
const EVERY_MS = 60_000;

/**
 * The server's summary of the stay (what each menu allows now, active orders, money, unread
 * replies), kept by the one live-list hook: refetched on the booking's, orders' and chat's live
 * events and every minute. A failed refetch keeps the last summary (the live indicator says why).
 */
export function useStaySummary(stay: GuestBookingView, initial: GuestStaySummary, opts: { paused?: boolean } = {}) {
  const url = `/api/public/hotel/${encodeURIComponent(stay.hotel.slug)}/stay/`;
  const load = useCallback(() => guestApi<GuestStaySummary>(url), [url]);
  const live = !opts.paused;
  const { data, refresh } = useLiveList({ load: live ? load : null, channel: live ? stay.channels.booking : null, refetchOn: () => true, initial });

  useEffect(() => {
    if (!live) return;
    const t = setInterval(() => void refresh(), EVERY_MS);
    return () => clearInterval(t);
  }, [refresh, live]);

  useBookingLanguage(live ? stay.channels.booking : null);
  useChannel(live ? (stay.channels.room_service ?? null) : null, () => void refresh());
  useChannel(live ? (stay.channels.chat ?? null) : null, (name) => {
    if (name === "chat.staff_message" || name === "chat.read") void refresh();
  });
  return { summary: data ?? initial, refresh };
}
