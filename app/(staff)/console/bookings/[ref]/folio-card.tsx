import { formatDecimal } from "@/components/ui/money";
import type { Folio, FolioTotal } from "@/lib/orders/folio";
import { formatInstant } from "@/components/console/format";
import { statusLabel } from "@/lib/orders/status-labels";

/** "€27.00" or "€27.00 + £4.00": one amount per currency, never added across currencies. */
export const totalsText = (totals: FolioTotal[]) => (totals.length ? totals.map((t) => formatDecimal(t.total, t.currency)).join(" + ") : "nothing yet");

/** The stay's folio: each order with its status and amount; the charged total is the server's. */
export function FolioCard({ folio, timezone }: { folio: Folio; timezone: string }) {
  return (
    <div className="space-y-3">
      {folio.lines.length === 0 ? (
        <p className="text-sm text-stone-600">No orders on this stay.</p>
      ) : (
        <ul aria-label="Orders of this stay" className="divide-y divide-stone-100 rounded-md border border-stone-200 text-sm">
          {folio.lines.map((l) => (
            <li key={l.order_id} data-testid="folio-line" data-status={l.status} className={`flex items-start justify-between gap-3 px-3 py-2 ${l.status === "CANCELLED" ? "text-stone-600" : ""}`}>
              <div className="min-w-0">
                <p className="font-medium">
                  {l.type === "BREAKFAST" ? `Breakfast${l.delivery_date ? ` for ${l.delivery_date}` : ""}` : "Room service"} · {statusLabel(l.status)}
                  {l.status === "CANCELLED" ? " (not charged)" : !l.charged ? " (not charged yet)" : ""}
                </p>
                <p className="text-xs text-stone-600">Ordered {formatInstant(l.created_at, timezone)}</p>
              </div>
              <span className={`shrink-0 whitespace-nowrap ${l.status === "CANCELLED" ? "line-through" : ""}`}>{formatDecimal(l.total, l.currency)}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="space-y-1 text-sm">
        <div className="flex flex-wrap justify-between gap-2 font-semibold">
          <dt>Charged to the room</dt>
          <dd data-testid="folio-charged">{totalsText(folio.charged)}</dd>
        </div>
        {folio.awaiting.length > 0 && (
          <div className="flex flex-wrap justify-between gap-2 text-stone-700">
            <dt>Ordered, not charged yet</dt>
            <dd data-testid="folio-awaiting">{totalsText(folio.awaiting)}</dd>
          </div>
        )}
      </dl>
      <p className="text-xs text-stone-600">Charged: accepted, in preparation, on its way or delivered (a breakfast from its morning on). Cancelled orders are not charged.</p>
    </div>
  );
}
