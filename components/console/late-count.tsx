"use client";

import { useNow } from "@/components/kitchen/use-now";
import { isLate } from "@/lib/orders/lateness";

/** How many of the open orders are late now, by their server-given late_at; ticks with the clock. */
export function LateCount({ lateAts }: { lateAts: (string | null)[] }) {
  const now = useNow(15_000);
  return <span suppressHydrationWarning>{lateAts.filter((t) => isLate(t, now)).length}</span>;
}
