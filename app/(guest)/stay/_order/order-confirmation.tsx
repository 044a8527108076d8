"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFormat } from "@/components/i18n/use-format";

export type Placed = {
  order_id: string;
  total_amount: string | null;
  currency: string;
  estimated_delivery: string | null;
  delivery_date: string | null;
  time_slot: string | null;
  items_count: number;
  fallbackTotalMinor: number;
  /** An existing breakfast was changed rather than a new order placed. */
  changed?: boolean;
};


/** What the guest sees once the order is in: the server's total and the promised time. */
export function OrderConfirmation({ placed, timezone, onAgain }: { placed: Placed; timezone: string; onAgain: () => void }) {
  const t = useTranslations("menu.confirmation");
  const fmt = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const total = placed.total_amount !== null ? fmt.decimal(placed.total_amount, placed.currency) : fmt.minor(placed.fallbackTotalMinor, placed.currency);
  return (
    <section id="cart" data-testid="order-confirmation" data-order-id={placed.order_id} aria-labelledby="placed-heading" className="space-y-3 rounded-2xl border border-emerald-300 bg-emerald-50 p-5 text-emerald-950">
      <h2 id="placed-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
        {placed.changed ? t("changed") : t("received")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-sm">
        {placed.total_amount !== null && (
          <div>
            <dt>{t("total")}</dt>
            <dd data-testid="placed-total" className="text-lg font-semibold">
              {total}
            </dd>
          </div>
        )}
        {placed.estimated_delivery && (
          <div>
            <dt>{t("expectedAt")}</dt>
            <dd data-testid="placed-eta" className="text-lg font-semibold">
              {fmt.time(placed.estimated_delivery, timezone)}
            </dd>
          </div>
        )}
        {placed.delivery_date && (
          <div>
            <dt>{t("breakfastOn")}</dt>
            <dd className="text-lg font-semibold">
              {placed.time_slot ? t("dateAtTime", { date: fmt.date(placed.delivery_date), time: placed.time_slot }) : fmt.date(placed.delivery_date)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t("items")}</dt>
          <dd className="text-lg font-semibold">{placed.items_count}</dd>
        </div>
      </dl>
      <p className="text-sm">{t("localTime")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/stay/orders" className="rounded-full bg-emerald-800 px-5 py-2.5 font-semibold text-white hover:bg-emerald-900">
          {t("track")}
        </Link>
        <button type="button" onClick={onAgain} className="rounded-full bg-white px-5 py-2.5 font-semibold ring-1 ring-emerald-700">
          {t("again")}
        </button>
      </div>
    </section>
  );
}
