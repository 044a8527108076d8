"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { OrderAge } from "@/components/console/order-age";
import { useNow } from "@/components/kitchen/use-now";
import { formatTime } from "@/components/ui/format";
import { isLate } from "@/lib/orders/lateness";
import type { StaffRequestView } from "./staff-request";

/**
 * Today's "Late requests": open requests past their promise and wake-up calls due, picked from the
 * open list by the server's instants (late_at, due_from) on a ticking clock, so one becomes late
 * here at its time without waiting for an event.
 */
export function LateRequestsPanel({ open, timezone, serverNow }: { open: StaffRequestView[]; timezone: string; serverNow: number }) {
  const tick = useNow(5_000);
  // The first render is the server's moment, so hydration sees the same list; the clock takes over at once.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hand over to the browser's clock after hydration
    setHydrated(true);
  }, []);
  const now = hydrated ? tick : serverNow;
  const shown = open.filter((r) => isLate(r.late_at, now) || isLate(r.due_from, now));
  return (
    <section id="late-requests" aria-labelledby="late-requests-h" className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="late-requests-h" className="text-lg font-semibold">
          Late requests <span className="text-stone-600">({shown.length})</span>
        </h2>
        <Link href="/console/requests" className="text-sm text-brand-700 underline">
          Requests
        </Link>
      </div>
      {shown.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">
          Nothing late, no wake-up call due.
        </p>
      ) : (
        <ul aria-label="Late requests" className="divide-y divide-stone-100 rounded-lg border border-red-300 bg-white">
          {shown.map((r) => (
            <li key={r.id} data-testid="today-late-request" data-request-id={r.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {r.name} · {r.room_number ? `room ${r.room_number}` : "no room yet"} · <bdi>{r.guest.full_name ?? r.guest.display_name}</bdi>
                </p>
                <p className="text-stone-700">
                  {r.kind === "WAKE_UP" && r.due_at ? `Wake-up at ${formatTime(r.due_at, timezone)}` : <OrderAge since={r.created_at} now={now} />}
                  {r.kind !== "WAKE_UP" && ` · promised by ${formatTime(r.promised_at, timezone)}`}
                  {` · ${r.status_label}`}
                </p>
              </div>
              <span className="shrink-0 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold uppercase text-white">{isLate(r.late_at, now) ? "Late" : "Due"}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
