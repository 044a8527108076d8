"use client";

import { useTranslations } from "next-intl";
import { useApiErrorText } from "@/components/i18n/use-api-error";
import { useFormat } from "@/components/i18n/use-format";
import { useNow } from "@/components/kitchen/use-now";
import { OrderLineList } from "@/components/orders/order-line-list";
import { STEPS, type GuestOrder } from "./guest-order";
import { statusLabel } from "@/lib/orders/status-labels";
import { ConfirmCancel } from "../_shared/confirm-cancel";

/** One order: its steps (current one marked), lines, total and ETA; cancel while it is pending. */
export function OrderCard({ order, hotelSlug, timezone, currency, onChanged }: { order: GuestOrder; hotelSlug: string; timezone: string; currency: string; onChanged: () => void }) {
  const t = useTranslations("orders.card");
  const ts = useTranslations("orders.status");
  const ta = useTranslations("orders.allergens");
  const errorText = useApiErrorText();
  const f = useFormat();
  // The guest's words for a status code (the server's English label for a code without one).
  const status = (code: string) => (ts.has(code) ? ts(code) : statusLabel(code));
  const cancelled = order.status === "CANCELLED";
  const at = STEPS.indexOf(order.status as (typeof STEPS)[number]);
  const kind = order.type === "BREAKFAST" ? "breakfast" : "room-services";
  // The promise is checked against a ticking clock: a page left open sees the minute it passes.
  const now = useNow(15_000);
  const tracking = Boolean(order.eta) && !cancelled && order.status !== "DELIVERED" && order.type === "ROOM_SERVICE";
  const late = tracking && (order.running_late || Date.parse(order.eta!) < now);

  return (
    <li data-testid="guest-order" data-order-id={order.id} data-status={order.status} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold">{order.type === "BREAKFAST" ? t("breakfast") : t("roomService")}</h3>
          <p className="text-sm text-stone-700">
            {order.type === "BREAKFAST" && order.delivery_date
              ? [order.time_slot ? t("dateAt", { date: f.date(order.delivery_date), time: order.time_slot }) : f.date(order.delivery_date), order.guests ? t("guests", { count: order.guests }) : null].filter(Boolean).join(" · ")
              : order.created_at
                ? t("ordered", { when: f.dateTime(order.created_at, timezone) })
                : null}
          </p>
        </div>
        <p data-testid="order-status" className={`shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${cancelled ? "bg-red-100 text-red-900" : order.status === "DELIVERED" ? "bg-emerald-100 text-emerald-900" : "bg-brand-50 text-brand-800"}`}>
          {status(order.status)}
        </p>
      </div>
      {!cancelled && (
        <>
          <ol aria-label={t("progress")} data-testid="order-steps" className="mt-3 grid grid-cols-6 gap-1">
            {STEPS.map((s, i) => (
              <li key={s} aria-current={i === at ? "step" : undefined} className="min-w-0 text-center">
                <span aria-hidden="true" className={`block h-1.5 rounded-full ${i <= at ? "bg-brand-700" : "bg-stone-200"}`} />
                {/* Six labels do not fit side by side on a phone: there they are read out only, and the line below says where the order is. */}
                <span data-testid="order-step-label" className={`sr-only sm:not-sr-only sm:mt-1 sm:block sm:text-[11px] sm:leading-tight ${i === at ? "font-semibold text-stone-900" : "text-stone-700"}`}>
                  {status(s)}
                  {i < at ? <span className="sr-only"> {t("done")}</span> : null}
                </span>
              </li>
            ))}
          </ol>
          {at >= 0 && (
            <p aria-hidden="true" data-testid="order-step-summary" className="mt-1 text-xs text-stone-700 sm:hidden">
              {at + 1 < STEPS.length ? t("stepNext", { step: at + 1, total: STEPS.length, next: status(STEPS[at + 1]!) }) : t("step", { step: at + 1, total: STEPS.length })}
            </p>
          )}
        </>
      )}
      {late && (
        <p data-testid="order-late" className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-950 ring-1 ring-amber-300">
          {t("late")}
        </p>
      )}
      {cancelled && order.cancel_reason && <p className="mt-2 text-sm text-red-900">{t.rich("reason", { reason: order.cancel_reason, bdi: (c) => <bdi>{c}</bdi> })}</p>}
      <OrderLineList lines={order.lines} className="mt-3 space-y-1 text-sm" instructionsClassName="block italic text-stone-700" />
      {order.allergy && (
        <div data-testid="order-allergies" className="mt-2 rounded-lg bg-red-50 p-2 text-sm text-red-950 ring-1 ring-red-200">
          <p className="font-semibold">
            {order.allergy.allergens.length
              ? t("kitchenToldList", { allergens: order.allergy.allergens.map((a) => (ta.has(a.code) ? ta(a.code) : a.label)).join(t("listSeparator")) })
              : t("kitchenTold")}
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
            <dt className="inline text-stone-700">{t("total")} </dt>
            <dd className="inline font-semibold">{f.decimal(order.total, order.currency ?? currency)}</dd>
          </div>
        )}
        {tracking && (
          <div data-testid="order-eta-row" data-late={late ? "true" : "false"}>
            <dt className="inline text-stone-700">{late ? t("lateExpectedAt") : t("expectedAt")} </dt>
            <dd data-testid="order-eta" className={`inline font-semibold ${late ? "text-amber-900" : ""}`}>
              {f.time(order.eta!, timezone)}
            </dd>
          </div>
        )}
      </dl>
      <ConfirmCancel
        allowed={order.can_cancel}
        url={`/api/public/hotel/${encodeURIComponent(hotelSlug)}/${kind}/orders/${encodeURIComponent(order.id)}/cancel/`}
        onChanged={onChanged}
        errorText={errorText}
        labels={{ cancel: t("cancel"), question: t("cancelQuestion"), confirm: t("confirmCancel"), cancelling: t("cancelling"), keep: t("keep") }}
      />
    </li>
  );
}
