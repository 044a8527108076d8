"use client";

import { useState } from "react";
import { useNow } from "@/components/kitchen/use-now";
import { formatDate, formatDateTime, formatTime } from "@/components/ui/format";
import { OrderLineList } from "@/components/orders/order-line-list";
import { guestApi } from "../_order/guest-api";
import { STEPS, type GuestOrder } from "./guest-order";
import { formatDecimal } from "@/components/ui/money";
import { ORDER_STATUS_LABELS, statusLabel } from "@/lib/orders/status-labels";

/** One order: its steps (current one marked), lines, total and ETA; cancel while it is pending. */
export function OrderCard({ order, hotelSlug, timezone, currency, onChanged }: { order: GuestOrder; hotelSlug: string; timezone: string; currency: string; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelled = order.status === "CANCELLED";
  const at = STEPS.indexOf(order.status as (typeof STEPS)[number]);
  const kind = order.type === "BREAKFAST" ? "breakfast" : "room-services";
  // The promise is checked against a ticking clock: a page left open sees the minute it passes.
  const now = useNow(15_000);
  const tracking = Boolean(order.eta) && !cancelled && order.status !== "DELIVERED" && order.type === "ROOM_SERVICE";
  const late = tracking && (order.running_late || Date.parse(order.eta!) < now);

  const cancel = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const res = await guestApi(`/api/public/hotel/${encodeURIComponent(hotelSlug)}/${kind}/orders/${encodeURIComponent(order.id)}/cancel/`, { method: "POST", body: {} });
    setBusy(false);
    setConfirming(false);
    if (!res.ok) setError(res.message);
    onChanged();
  };

  return (
    <li data-testid="guest-order" data-order-id={order.id} data-status={order.status} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold">{order.type === "BREAKFAST" ? "Breakfast" : "Room service"}</h3>
          <p className="text-sm text-stone-700">
            {order.type === "BREAKFAST" && order.delivery_date
              ? `${formatDate(order.delivery_date)}${order.time_slot ? ` at ${order.time_slot}` : ""}${order.guests ? ` · ${order.guests} ${order.guests === 1 ? "guest" : "guests"}` : ""}`
              : order.created_at
                ? `Ordered ${formatDateTime(order.created_at, timezone)}`
                : null}
          </p>
        </div>
        <p data-testid="order-status" className={`shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${cancelled ? "bg-red-100 text-red-900" : order.status === "DELIVERED" ? "bg-emerald-100 text-emerald-900" : "bg-brand-50 text-brand-800"}`}>
          {statusLabel(order.status)}
        </p>
      </div>
      {!cancelled && (
        <>
          <ol aria-label="Progress" data-testid="order-steps" className="mt-3 grid grid-cols-6 gap-1">
            {STEPS.map((s, i) => (
              <li key={s} aria-current={i === at ? "step" : undefined} className="min-w-0 text-center">
                <span aria-hidden="true" className={`block h-1.5 rounded-full ${i <= at ? "bg-brand-700" : "bg-stone-200"}`} />
                {/* Six labels do not fit side by side on a phone: there they are read out only, and the line below says where the order is. */}
                <span data-testid="order-step-label" className={`sr-only sm:not-sr-only sm:mt-1 sm:block sm:text-[11px] sm:leading-tight ${i === at ? "font-semibold text-stone-900" : "text-stone-700"}`}>
                  {ORDER_STATUS_LABELS[s]}
                  {i < at ? <span className="sr-only"> (done)</span> : null}
                </span>
              </li>
            ))}
          </ol>
          {at >= 0 && (
            <p aria-hidden="true" data-testid="order-step-summary" className="mt-1 text-xs text-stone-700 sm:hidden">
              Step {at + 1} of {STEPS.length}
              {at + 1 < STEPS.length ? ` · next: ${ORDER_STATUS_LABELS[STEPS[at + 1]!]}` : ""}
            </p>
          )}
        </>
      )}
      {late && (
        <p data-testid="order-late" className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-950 ring-1 ring-amber-300">
          Your order is running late. The kitchen knows; the new time shows here as soon as they give one.
        </p>
      )}
      {cancelled && order.cancel_reason && <p className="mt-2 text-sm text-red-900">Reason: <bdi>{order.cancel_reason}</bdi></p>}
      <OrderLineList lines={order.lines} className="mt-3 space-y-1 text-sm" instructionsClassName="block italic text-stone-700" />
      {order.allergy && (
        <div data-testid="order-allergies" className="mt-2 rounded-lg bg-red-50 p-2 text-sm text-red-950 ring-1 ring-red-200">
          <p className="font-semibold">
            The kitchen was told{order.allergy.allergens.length ? `: ${order.allergy.allergens.map((a) => a.label).join(", ")}` : ""}
          </p>
          {order.allergy.notes.map((n, i) => (
            <p key={i} dir="auto">
              “<bdi>{n}</bdi>”
            </p>
          ))}
        </div>
      )}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {order.total && (
          <div>
            <dt className="inline text-stone-700">Total </dt>
            <dd className="inline font-semibold">{formatDecimal(order.total, order.currency ?? currency)}</dd>
          </div>
        )}
        {tracking && (
          <div data-testid="order-eta-row" data-late={late ? "true" : "false"}>
            <dt className="inline text-stone-700">{late ? "Running late · was expected at " : "Expected at "}</dt>
            <dd data-testid="order-eta" className={`inline font-semibold ${late ? "text-amber-900" : ""}`}>
              {formatTime(order.eta!, timezone)}
            </dd>
          </div>
        )}
      </dl>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-2 text-sm text-red-900">
          {error}
        </p>
      )}
      {order.can_cancel &&
        (confirming ? (
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <span className="text-sm">Cancel this order?</span>
            <button type="button" disabled={busy} onClick={() => void cancel()} className="rounded-full bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              {busy ? "Cancelling…" : "Yes, cancel it"}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-stone-300">
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} className="mt-3 rounded-full px-4 py-2 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-50">
            Cancel order
          </button>
        ))}
    </li>
  );
}
