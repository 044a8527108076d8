import type { HeatCell } from "@/lib/reports/busiest-hours";
import { DAY_NAMES } from "@/lib/reports/tables";

// Day of the week × hour, darker where more happened (orders placed plus guest messages), drawn on
// the server as SVG; the same counts are in the grid table below it.

const SHADES = ["#f5f5f4", "#d5ebe5", "#9ccfc1", "#4f9e89", "#1f6f5c"] as const;
const CELL = 24;
const LEFT = 40;
const TOP = 18;

const shade = (n: number, max: number) => (n === 0 || max === 0 ? SHADES[0] : SHADES[Math.min(4, 1 + Math.floor((n / max) * 3.999))]);
const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

export function HeatMap({ cells, max }: { cells: HeatCell[]; max: number }) {
  const busiest = [...cells].sort((a, b) => b.orders + b.guest_messages - (a.orders + a.guest_messages))[0];
  const summary =
    max === 0 || !busiest
      ? "Busiest hours: nothing was ordered or written in this range."
      : `Busiest hours heat map: the busiest hour is ${DAY_NAMES[busiest.day_of_week - 1]} ${hour(busiest.hour)} with ${busiest.orders} orders and ${busiest.guest_messages} guest messages.`;
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${LEFT + 24 * CELL} ${TOP + 7 * CELL}`} role="img" aria-label={summary} className="h-auto w-full">
        {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
          <text key={h} x={LEFT + h * CELL + 2} y={12} fontSize="10" fill="#57534e">
            {hour(h)}
          </text>
        ))}
        {DAY_NAMES.map((d, i) => (
          <text key={d} x={LEFT - 6} y={TOP + i * CELL + CELL / 2 + 4} textAnchor="end" fontSize="11" fill="#57534e">
            {d.slice(0, 3)}
          </text>
        ))}
        {cells.map((c) => (
          <rect key={`${c.day_of_week}:${c.hour}`} x={LEFT + c.hour * CELL + 1} y={TOP + (c.day_of_week - 1) * CELL + 1} width={CELL - 2} height={CELL - 2} rx="3" fill={shade(c.orders + c.guest_messages, max)} />
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        Fewer
        {SHADES.map((s) => (
          <span key={s} aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-stone-300" style={{ background: s }} />
        ))}
        More (orders placed plus guest messages)
      </figcaption>
    </figure>
  );
}

/** The heat map's numbers: one row per day, one column per hour (orders + guest messages). */
export function HeatMapTable({ cells, csvHref }: { cells: HeatCell[]; csvHref: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="min-w-full text-right text-xs">
        <caption className="px-3 py-2 text-left text-sm font-medium text-stone-800">
          Orders plus guest messages by day and hour ·{" "}
          <a href={csvHref} className="text-brand-700 underline" download>
            Download CSV<span className="sr-only"> of orders and guest messages by day and hour</span>
          </a>
        </caption>
        <thead>
          <tr className="bg-stone-50">
            <th scope="col" className="px-2 py-1 text-left">Day</th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col" className="px-1.5 py-1 font-medium">
                {String(h).padStart(2, "0")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAY_NAMES.map((d, i) => (
            <tr key={d} className="border-t border-stone-100">
              <th scope="row" className="px-2 py-1 text-left font-medium">{d}</th>
              {cells
                .filter((c) => c.day_of_week === i + 1)
                .map((c) => (
                  <td key={c.hour} className="px-1.5 py-1 tabular-nums">
                    {c.orders + c.guest_messages}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
