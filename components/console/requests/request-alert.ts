"use client";

import { useEffect, useRef, useState } from "react";
import { playChime } from "@/components/console/order-chime";

/**
 * Chimes while any request in `alertingIds` (late and untouched, or a wake-up call due) is on the
 * screen: at once for one not heard yet, then every `everyMs` until none is left, as the kitchen
 * screen rings for untouched tickets. Returns how many chimes went out (for the screen and tests).
 */
export function useRepeatingChime(alertingIds: readonly string[], everyMs = 60_000): number {
  const heard = useRef(new Set<string>());
  const [chimes, setChimes] = useState(0);
  const key = [...alertingIds].sort().join(" ");
  const active = key !== "";

  useEffect(() => {
    const unheard = key ? key.split(" ").filter((id) => !heard.current.has(id)) : [];
    if (unheard.length === 0) return;
    for (const id of unheard) heard.current.add(id);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- counts a sound that went out
    if (playChime()) setChimes((n) => n + 1);
  }, [key]);

  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => {
      if (playChime()) setChimes((n) => n + 1);
    }, everyMs);
    return () => clearInterval(t);
  }, [active, everyMs]);

  return chimes;
}
