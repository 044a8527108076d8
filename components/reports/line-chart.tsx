import { H, PAD, ValueGrid, W } from "./plot";
import { labelledDays, niceMax, SERIES_COLOURS, shortDay } from "./scale";

// A line per series over days, drawn on the server as SVG: no chart library reaches the browser.
// The numbers are in the table beside it; the SVG is one image with a summary for screen readers.

export type LineSeries = { name: string; values: (number | null)[] };

export function LineChart({ days, series, summary, unit }: { days: string[]; series: LineSeries[]; summary: string; unit?: string }) {
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length <= 1 ? innerW / 2 : (i * innerW) / (days.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const labelled = labelledDays(days.length);
  // The first and last labels align with the plot's edges, so neither is cut off.
  const anchor = (i: number) => (days.length === 1 ? "middle" : i === 0 ? "start" : i === days.length - 1 ? "end" : "middle");
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        <ValueGrid top={top} y={y} />
        {days.map((d, i) =>
          labelled.has(i) ? (
            <text key={d} x={x(i)} y={H - 8} textAnchor={anchor(i)} fontSize="11" fill="#57534e">
              {shortDay(d)}
            </text>
          ) : null,
        )}
        {series.map((s, si) => {
          const colour = SERIES_COLOURS[si % SERIES_COLOURS.length];
          // A missing value (no orders that day, so no median) breaks the line rather than drawing a zero.
          const segments: string[][] = [[]];
          s.values.forEach((v, i) => (v === null ? segments.push([]) : segments[segments.length - 1]!.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`)));
          return (
            <g key={s.name}>
              {segments.filter((p) => p.length > 1).map((p, k) => (
                <polyline key={k} points={p.join(" ")} fill="none" stroke={colour} strokeWidth="2.5" strokeDasharray={si === 1 ? "6 3" : undefined} />
              ))}
              {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={days.length > 45 ? 1.5 : 3} fill={colour} />))}
            </g>
          );
        })}
        {unit && (
          <text x={4} y={2} fontSize="11" fill="#57534e" dominantBaseline="hanging">
            {unit}
          </text>
        )}
      </svg>
      <Legend names={series.map((s) => s.name)} />
    </figure>
  );
}

export function Legend({ names }: { names: string[] }) {
  return (
    <figcaption className="mt-1 flex flex-wrap gap-4 text-sm text-stone-700">
      {names.map((n, i) => (
        <span key={n} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-1 w-5 rounded" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} />
          {n}
        </span>
      ))}
    </figcaption>
  );
}
