"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { playChime } from "@/components/console/order-chime";
import { useChannel } from "@/components/realtime/realtime-provider";
import { REQUEST_EVENTS } from "./request-events";
import type { StaffRequestList } from "./staff-request";

const COUNTED = new Set<string>(REQUEST_EVENTS);

/**
 * The console's "Requests" nav label: how many requests are open (the server's counts, refetched on
 * every request event; red when any is late) and a chime for each new one, on every console page.
 */
export function RequestsNavLabel({ channel }: { channel: string }) {
  const path = usePathname();
  const [{ open, late }, setOpen] = useState({ open: 0, late: 0 });
  const [chimes, setChimes] = useState(0);

  const refresh = useCallback(async () => {
    const res = await fetch("/api/console/requests?status=open", { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const list = (await res.json()) as StaffRequestList;
    const counts = Object.values(list.counts);
    setOpen({ open: counts.reduce((n, c) => n + (c?.open ?? 0), 0), late: counts.reduce((n, c) => n + (c?.late ?? 0), 0) });
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- first load of an external count
    void refresh();
  }, [refresh, path]);

  useChannel(
    channel,
    (name) => {
      if (!COUNTED.has(name)) return;
      if (name === "request.created" && playChime()) setChimes((n) => n + 1);
      void refresh();
    },
    () => void refresh(),
  );

  return (
    <span className="inline-flex items-center gap-1.5" data-testid="requests-badge" data-open={open} data-late={late} data-chimes={chimes}>
      Requests
      {open > 0 && (
        <span className={`rounded-full px-1.5 py-0.5 text-xs font-bold ${late > 0 ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}>
          {open}
          <span className="sr-only"> open{late > 0 ? `, ${late} late` : ""}</span>
        </span>
      )}
    </span>
  );
}
