import type { KitchenOrder } from "@/components/kitchen/model/ticket";

/**
 * A ticket's items, options, instructions and note. On the board (`clamp`) a long instruction or
 * note keeps to two lines so the items stay in view; the ticket then offers "More" for the rest.
 */
export function TicketLines({ order, clamp, className = "" }: { order: KitchenOrder; clamp: boolean; className?: string }) {
  const cut = clamp ? "line-clamp-2" : "block whitespace-pre-wrap";
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {order.lines.map((l, i) => (
        <li key={i}>
          <span className="font-bold">
            {l.quantity} × <bdi>{l.name}</bdi>
          </span>
          {l.options.length > 0 && <span dir="auto" className="block pl-5 text-stone-200">{l.options.join(", ")}</span>}
          {l.instructions && (
            <span data-clamp={clamp || undefined} className={`mt-0.5 rounded bg-yellow-300 px-2 font-semibold break-words text-stone-950 ${cut}`}>
              ⚠ <bdi>{l.instructions}</bdi>
            </span>
          )}
        </li>
      ))}
      {order.notes && (
        <li data-testid="ticket-note" data-clamp={clamp || undefined} className={`rounded bg-yellow-300 px-2 font-semibold break-words text-stone-950 ${cut}`}>
          Note: <bdi>{order.notes}</bdi>
        </li>
      )}
    </ul>
  );
}
