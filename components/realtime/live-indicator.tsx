"use client";

import { useRealtime, type LiveState } from "./realtime-provider";

const LOOK: Record<LiveState, { text: string; dot: string }> = {
  live: { text: "Live", dot: "bg-emerald-400" },
  connecting: { text: "Connecting…", dot: "bg-amber-300" },
  reconnecting: { text: "Reconnecting…", dot: "bg-amber-300" },
  offline: { text: "Offline", dot: "bg-stone-400" },
  blocked: { text: "Live updates blocked", dot: "bg-red-500" },
};

/** Shows whether updates arrive live. `tone` picks colours for dark or light backgrounds; guest pages pass their language's `labels`. */
export function LiveIndicator({ tone = "dark", labels }: { tone?: "dark" | "light"; labels?: Record<LiveState, string> }) {
  const { state } = useRealtime();
  const label = (s: LiveState) => labels?.[s] ?? LOOK[s].text;
  const look = LOOK[state];
  const text = tone === "dark" ? "text-white bg-white/10 ring-white/30" : "text-stone-800 bg-white ring-stone-300";
  return (
    <span role="status" aria-live="polite" data-testid="live-indicator" data-state={state} className={`inline-flex shrink-0 items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ring-1 ${text}`}>
      <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${look.dot} ${state === "live" ? "animate-pulse" : ""}`} />
      {/* Every label takes the same cell, the longest sets the width: "Connecting…" → "Live" moves nothing. */}
      <span className="inline-grid">
        {/* Drawn by CSS (content: attr), so the pill's text stays the one current label. */}
        {(Object.keys(LOOK) as LiveState[]).map((s) => (
          <span key={s} aria-hidden="true" data-label={label(s)} className="invisible col-start-1 row-start-1 whitespace-nowrap before:content-[attr(data-label)]" />
        ))}
        <span className="col-start-1 row-start-1 whitespace-nowrap">{label(state)}</span>
      </span>
    </span>
  );
}
