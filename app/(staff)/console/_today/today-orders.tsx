import Link from "next/link";
import { LateBadge, LiveAge } from "@/components/console/live-age";
import type { StaffOrderView } from "@/lib/orders/order-view";
import { statusLabel } from "@/lib/orders/status-labels";

const clock = (iso: string, timeZone: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

/** Open orders, oldest first, with their age and the kitchen's late mark (both ticking). */
export function TodayOrders({ orders, timezone }: { orders: StaffOrderView[]; timezone: string }) {
  if (orders.length === 0) return <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">No open orders.</p>;
  return (
    <ul aria-label="Open orders" className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {orders.map((o) => (
        <li key={o.order_id} data-testid="today-order" data-order-id={o.order_id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-3 py-2 text-sm">
          <div className="min-w-0">
            <p className="font-medium">
              {o.type === "BREAKFAST" ? "Breakfast" : "Room service"} · {o.room_number ? `room ${o.room_number}` : "no room yet"} · <bdi>{o.guest.display_name}</bdi>
            </p>
            <p className="text-stone-700">
              <Link href={`/console/bookings/${o.booking_ref}`} className="font-mono text-brand-700 underline-offset-2 hover:underline">
                {o.booking_ref}
              </Link>
              {" · "}
              {o.type === "BREAKFAST" && o.delivery_date ? `for ${o.delivery_date}${o.time_slot ? ` at ${o.time_slot}` : ""}` : <LiveAge since={o.created_at} />}
              {o.estimated_delivery ? ` · due ${clock(o.estimated_delivery, timezone)}` : ""}
            </p>
          </div>
          <span className="flex shrink-0 items-center gap-1.5">
            <LateBadge lateAt={o.late_at} />
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${o.status === "PENDING" ? "bg-amber-100 text-amber-950" : "bg-brand-50 text-brand-800"}`}>{statusLabel(o.status)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
