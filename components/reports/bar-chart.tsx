import { Legend } from "./line-chart";
import { H, PAD, ValueGrid, W } from "./plot";
import { niceMax, SERIES_COLOURS } from "./scale";

// Grouped bars per category (breakfast slots), server-rendered SVG with a summary for screen readers.

export type BarSeries = { name: string; values: number[] };

export function BarChart({ categories, series, summary }: { categories: string[]; series: BarSeries[]; summary: string }) {
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const band = innerW / Math.max(1, categories.length);
  const barW = Math.min(40, (band * 0.7) / Math.max(1, series.length));
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        <ValueGrid top={top} y={y} />
        {categories.map((c, ci) => {
          const mid = PAD.left + band * ci + band / 2;
          const start = mid - (barW * series.length) / 2;
          return (
            <g key={c}>
              {series.map((s, si) => {
                const v = s.values[ci] ?? 0;
                return <rect key={s.name} x={start + si * barW} y={y(v)} width={barW - 2} height={PAD.top + innerH - y(v)} fill={SERIES_COLOURS[si % SERIES_COLOURS.length]} />;
              })}
              <text x={mid} y={H - 8} textAnchor="middle" fontSize="11" fill="#57534e">
                {c}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend names={series.map((s) => s.name)} />
    </figure>
  );
}
