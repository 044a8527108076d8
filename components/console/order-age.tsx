import { ageMinutes } from "@/lib/orders/lateness";

/** One wording for a span of minutes on every staff screen: "4 min", "1 h 5 min". */
export function ageSpan(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** One wording for how long something has been open or waiting: "12 min old", "waiting 3 min". */
export function ageText(minutes: number, kind: "old" | "waiting"): string {
  const span = ageSpan(minutes);
  if (kind === "waiting") return minutes < 1 ? "waiting under a minute" : `waiting ${span}`;
  return minutes < 1 ? "just now" : `${span} old`;
}

/** An age at `now` (the caller's ticking clock, see useNow). */
export function OrderAge({ since, now, kind = "old" }: { since: string; now: number; kind?: "old" | "waiting" }) {
  return (
    <span data-testid={kind === "old" ? "order-age" : "waiting-age"} suppressHydrationWarning>
      {ageText(ageMinutes(since, now), kind)}
    </span>
  );
}
