import { tickLabel, ticks } from "./scale";

// The frame both charts draw in: one size, one padding, one value grid, so a line chart and a bar
// chart side by side read on the same scale of ink.
export const W = 640;
export const H = 220;
export const PAD = { left: 44, right: 12, top: 22, bottom: 28 };

/** Horizontal grid lines with their values at 0, ¼, ½, ¾ and the top of the scale. */
export function ValueGrid({ top, y }: { top: number; y: (v: number) => number }) {
  return (
    <>
      {ticks(top).map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e7e5e4" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#57534e">
            {tickLabel(t)}
          </text>
        </g>
      ))}
    </>
  );
}
