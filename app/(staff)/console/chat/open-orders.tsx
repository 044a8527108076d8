"use client";

import Link from "next/link";
import { ageSpan } from "@/components/console/order-age";
import { useNow } from "@/components/kitchen/use-now";
import { ageMinutes } from "@/lib/orders/lateness";
import type { OpenOrderSummary } from "@/lib/orders/open-orders-of-booking";
import { statusLabel } from "@/lib/orders/status-labels";

/** The guest's orders still open (from the server's conversation view), each linking to the queue. */
export function OpenOrders({ orders }: { orders: OpenOrderSummary[] }) {
  const now = useNow(30_000);
  return (
    <section aria-labelledby="open-orders-heading" className="mt-4 border-t border-stone-100 pt-3">
      <h3 id="open-orders-heading" className="font-semibold">
        Open orders
      </h3>
      {orders.length === 0 ? (
        <p className="mt-1 text-stone-600">None</p>
      ) : (
        <ul className="mt-1 space-y-1" data-testid="chat-open-orders">
          {orders.map((o) => (
            <li key={o.id} data-testid="chat-open-order" data-order-id={o.id} data-status={o.status}>
              <Link href="/console/orders" className="text-brand-700 underline">
                {o.type === "BREAKFAST" ? "Breakfast" : "Room service"}
              </Link>{" "}
              · {statusLabel(o.status)} · <span title={new Date(o.created_at).toISOString()}>placed {ageSpan(ageMinutes(o.created_at, now))} ago</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
