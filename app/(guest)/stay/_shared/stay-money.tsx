import type { StayTotal } from "@/lib/orders/guest-orders";
import { formatDecimal } from "@/components/ui/money";

const sum = (totals: StayTotal[]) => totals.map((t) => formatDecimal(t.total, t.currency)).join(" + ");

/** The stay's money as the server splits it: charged to the room, and ordered but not charged yet. */
export function StayMoney({ charged, ordered }: { charged: StayTotal[]; ordered: StayTotal[] }) {
  if (charged.length === 0 && ordered.length === 0) return null;
  return (
    <dl data-testid="stay-money" className="grid grid-cols-2 gap-3 rounded-xl bg-white p-3 text-sm ring-1 ring-stone-200">
      <div>
        <dt className="text-stone-700">Charged to your room</dt>
        <dd data-testid="money-charged" className="text-base font-semibold">
          {charged.length ? sum(charged) : formatDecimal(0, ordered[0]!.currency)}
        </dd>
        <dd className="text-xs text-stone-600">Accepted or delivered</dd>
      </div>
      <div>
        <dt className="text-stone-700">Ordered, not charged yet</dt>
        <dd data-testid="money-ordered" className="text-base font-semibold">
          {ordered.length ? sum(ordered) : formatDecimal(0, charged[0]!.currency)}
        </dd>
        <dd className="text-xs text-stone-600">Awaiting the hotel, or breakfast still ahead</dd>
      </div>
    </dl>
  );
}
