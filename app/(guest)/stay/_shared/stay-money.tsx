"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/i18n/use-format";
import type { StayTotal } from "@/lib/orders/guest-orders";

/** The stay's money as the server splits it: charged to the room, and ordered but not charged yet. */
export function StayMoney({ charged, ordered }: { charged: StayTotal[]; ordered: StayTotal[] }) {
  const t = useTranslations("common.money");
  const f = useFormat();
  if (charged.length === 0 && ordered.length === 0) return null;
  const sum = (totals: StayTotal[]) => totals.map((x) => f.decimal(x.total, x.currency)).join(" + ");
  return (
    <dl data-testid="stay-money" className="grid grid-cols-2 gap-3 rounded-xl bg-white p-3 text-sm ring-1 ring-stone-200">
      <div>
        <dt className="text-stone-700">{t("charged")}</dt>
        <dd data-testid="money-charged" className="text-base font-semibold">
          {charged.length ? sum(charged) : f.decimal(0, ordered[0]!.currency)}
        </dd>
        <dd className="text-xs text-stone-600">{t("chargedHint")}</dd>
      </div>
      <div>
        <dt className="text-stone-700">{t("ordered")}</dt>
        <dd data-testid="money-ordered" className="text-base font-semibold">
          {ordered.length ? sum(ordered) : f.decimal(0, charged[0]!.currency)}
        </dd>
        <dd className="text-xs text-stone-600">{t("orderedHint")}</dd>
      </div>
    </dl>
  );
}
