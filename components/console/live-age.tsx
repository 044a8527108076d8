"use client";

import { useNow } from "@/components/kitchen/use-now";
import { isLate } from "@/lib/orders/lateness";
import { OrderAge } from "./order-age";

// For server-rendered console lists (Today): their ages and lateness tick in the browser, while the
// rule behind them (late_at) comes from the server.

const TICK_MS = 15_000;

export function LiveAge({ since, kind = "old" }: { since: string; kind?: "old" | "waiting" }) {
  return <OrderAge since={since} now={useNow(TICK_MS)} kind={kind} />;
}

export function LateBadge({ lateAt }: { lateAt: string | null }) {
  const late = isLate(lateAt, useNow(TICK_MS));
  if (!late) return null;
  return (
    <span data-testid="order-late" className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold uppercase text-white" suppressHydrationWarning>
      Late
    </span>
  );
}
