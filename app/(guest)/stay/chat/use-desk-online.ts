"use client";

import { useCallback, useEffect, useState } from "react";
import { useRealtime } from "@/components/realtime/realtime-provider";

// Presence events reach only the members of the staff presence channel, and a guest may not join
// it (it names the staff). So the page asks the server, which counts the front-desk members on it
// (the kitchen does not count), on opening, every REFRESH_MS while the page is shown, when the page
// comes back into view and when the connection comes back.
// Short enough that a desk signing in shows within seconds; the answer is one token check and one
// presence read (a presence webhook pushing the count would do away with it).
const REFRESH_MS = 5_000;

/** How many front-desk staff have the console open now, or null until the server has said. */
export function useDeskOnline(url: string): number | null {
  const { state } = useRealtime();
  const [count, setCount] = useState<number | null>(null);

  const refresh = useCallback(async () => {
    if (document.visibilityState !== "visible") return;
    const res = await fetch(url, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const body = (await res.json().catch(() => ({}))) as { staff_online?: unknown };
    if (typeof body.staff_online === "number") setCount(body.staff_online);
  }, [url]);

  // Also re-run when the connection changes: coming back live, the page asks again at once.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetch on open, then on a timer
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const onShow = () => void refresh();
    document.addEventListener("visibilitychange", onShow);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onShow);
    };
  }, [refresh, state]);

  return count;
}
