// Shared geometry of the server-rendered charts: a "nice" top for the value axis and its ticks.

/** A top for the value axis whose four steps are round (1, 2, 2.5 or 5 × 10ⁿ): 3 → 4, 6 → 8, 48 → 80, 90 → 100. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 4;
  const quarter = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * magnitude >= quarter) return 4 * m * magnitude;
  return 40 * magnitude;
}

/** Which of `n` day labels to print: about `most`, evenly spaced, always the last, never two crowded together. */
export function labelledDays(n: number, most = 8): Set<number> {
  const every = Math.max(1, Math.ceil(n / most));
  const out = new Set<number>();
  for (let i = 0; i < n; i += every) out.add(i);
  const lastShown = Math.max(...out);
  if (n - 1 - lastShown < every * 0.6) out.delete(lastShown);
  out.add(n - 1);
  return out;
}

/** Four equal steps from 0 to `top`. */
export const ticks = (top: number): number[] => [0, 1, 2, 3, 4].map((i) => (top * i) / 4);

export const tickLabel = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Short day label "28 Mar" for a YYYY-MM-DD date (no time zone shift). */
export function shortDay(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** The colours of a chart's series: dark enough for 3:1 against white (non-text contrast). */
export const SERIES_COLOURS = ["#1f6f5c", "#b45309", "#4338ca"] as const;
