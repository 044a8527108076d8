import { useTranslations } from "next-intl";
import type { GuestMenuItem } from "@/lib/menus/guest-menu";
import { useFormat } from "@/components/i18n/use-format";
import { useMenuLabels } from "../_order/use-menu-labels";

/** Why a dish cannot be ordered now, as the guest's words pick it (menu.card.unavailable, menu.cart.nowUnavailable). */
export type Unavailable = { reason: "soldOut" | "from" | "later" | "other"; time: string };

/** The server says why by code, and when a dish comes back today by `available_again_at`. */
export function unavailableOf(item: Pick<GuestMenuItem, "sold_out" | "unavailable_code" | "unavailable_reason" | "available_again_at">): Unavailable {
  if (item.sold_out || item.unavailable_code === "SOLD_OUT") return { reason: "soldOut", time: "" };
  if (item.available_again_at) return { reason: "from", time: item.available_again_at };
  if (item.unavailable_code === "NOT_AVAILABLE_NOW" || item.unavailable_reason) return { reason: "later", time: "" };
  return { reason: "other", time: "" };
}

/**
 * One dish: price, tags, allergens, choices, and — when it cannot be ordered now — why. `disabledBy`:
 * the id of the text saying why nothing can be ordered now (Add is shown disabled, pointing to it).
 */
export function MenuItemCard({ item, onChoose, disabledBy }: { item: GuestMenuItem; onChoose: (item: GuestMenuItem) => void; disabledBy: string | null }) {
  const t = useTranslations("menu");
  const fmt = useFormat();
  const labels = useMenuLabels();
  const off = !item.available;
  return (
    <li
      data-testid="menu-item"
      data-item-id={item.id}
      data-available={item.available ? "true" : "false"}
      className={`rounded-2xl p-4 ring-1 ${off ? "bg-stone-100 ring-stone-200" : "bg-white shadow-sm ring-stone-200"}`}
    >
      <div className="flex items-start justify-between gap-3">
        <h3 dir="auto" className={`font-semibold ${off ? "text-stone-700" : ""}`}>{item.name}</h3>
        <p className={`shrink-0 font-semibold ${off ? "text-stone-700 line-through decoration-1" : ""}`}>{fmt.decimal(item.price, item.currency)}</p>
      </div>
      {item.description && (
        <p dir="auto" className="mt-1 text-sm text-stone-700">
          {item.description}
        </p>
      )}
      {off && (
        <p data-testid="unavailable-reason" className={`mt-2 inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${item.sold_out ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950"}`}>
          {t("card.unavailable", { ...unavailableOf(item) })}
        </p>
      )}
      {item.tags.length > 0 && (
        <ul aria-label={t("card.dietary")} className="mt-2 flex flex-wrap gap-1.5">
          {item.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
              {labels.tag(tag)}
            </li>
          ))}
        </ul>
      )}
      {item.allergens.length > 0 && <p className="mt-2 text-xs text-stone-700">{t("contains", { allergens: labels.list(item.allergens.map(labels.allergen)) })}</p>}
      {item.options.length > 0 && (
        <dl className="mt-2 space-y-1 text-sm">
          {item.options.map((g) => (
            <div key={g.id}>
              <dt className="inline font-medium">
                {t("card.group", { name: g.name, max: g.max_choices, rule: g.required ? (g.max_choices > 1 ? "range" : "one") : g.max_choices > 1 ? "upTo" : "optional" })}{" "}
              </dt>
              <dd className="inline text-stone-700">
                {g.choices.map((c) => (c.price_minor > 0 ? t("card.choiceWithPrice", { label: c.label, price: fmt.decimal(c.price, item.currency) }) : c.label)).join(" · ")}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.available && (
        <button
          type="button"
          disabled={Boolean(disabledBy)}
          aria-describedby={disabledBy ?? undefined}
          onClick={() => onChoose(item)}
          className="mt-3 min-h-11 rounded-full bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-700"
        >
          {t.rich("card.add", { dish: item.name, hidden: (c) => <span className="sr-only">{c}</span> })}
        </button>
      )}
    </li>
  );
}
