"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import { useNow } from "@/components/kitchen/use-now";
import type { ActiveOrderView } from "@/lib/orders/guest-stay-summary";
import { statusLabel } from "@/lib/orders/status-labels";

/** The orders under way, in a line each: what, where it is, and when (running late once the expected time passed). */
export function ActiveOrders({ orders, timezone }: { orders: ActiveOrderView[]; timezone: string }) {
  const now = useNow(15_000);
  const t = useTranslations("stay.active");
  const tStatus = useTranslations("common.orderStatus");
  const f = useFormat();
  if (orders.length === 0) return null;
  return (
    <section aria-labelledby="active-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="active-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-2 divide-y divide-stone-200">
        {orders.map((o) => {
          const late = o.type === "ROOM_SERVICE" && o.estimated_delivery !== null && (o.running_late || Date.parse(o.estimated_delivery) < now);
          return (
            <li key={o.order_id} data-testid="active-order" data-order-id={o.order_id} data-status={o.status} data-late={late ? "true" : "false"} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span>
                <span className="block font-medium">
                  {t("line", { type: o.type, count: o.items_count })}
                </span>
                <span className="block text-stone-700">
                  {o.type === "BREAKFAST" && o.delivery_date
                    ? o.time_slot
                      ? t("morningAt", { date: f.date(o.delivery_date), slot: o.time_slot })
                      : f.date(o.delivery_date)
                    : o.estimated_delivery
                      ? t(late ? "late" : "expected", { time: f.time(o.estimated_delivery, timezone) })
                      : null}
                </span>
              </span>
              <span className={`shrink-0 rounded-full px-3 py-1 font-semibold ${late ? "bg-amber-100 text-amber-950" : "bg-brand-50 text-brand-800"}`}>{tStatus.has(o.status) ? tStatus(o.status) : statusLabel(o.status)}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/stay/orders" className="text-brand-700 underline underline-offset-2">
          {t("follow")}
        </Link>
      </p>
    </section>
  );
}
