// An order's lines as the guest and the desk read them: "2 × Club sandwich — Wholemeal", instructions below.

export type OrderLineItem = { quantity: number; name: string; options: string[]; instructions?: string | null };

export function OrderLineList({ lines, className, instructionsClassName }: { lines: readonly OrderLineItem[]; className: string; instructionsClassName: string }) {
  return (
    <ul className={className}>
      {lines.map((l, i) => (
        <li key={i}>
          <span className="font-medium">
            {l.quantity} × <bdi>{l.name}</bdi>
          </span>
          {l.options.length > 0 && <span className="text-stone-700"> — {l.options.join(", ")}</span>}
          {l.instructions && <span className={instructionsClassName}>“<bdi>{l.instructions}</bdi>”</span>}
        </li>
      ))}
    </ul>
  );
}
