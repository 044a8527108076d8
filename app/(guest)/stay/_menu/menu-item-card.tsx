import type { GuestMenuItem } from "@/lib/menus/guest-menu";
import { formatDecimal } from "@/components/ui/money";
import { allergenLabel, labelOf } from "@/lib/menus/labels";

/**
 * One dish: price, tags, allergens, choices, and — when it cannot be ordered now — why. `disabledBy`:
 * the id of the text saying why nothing can be ordered now (Add is shown disabled, pointing to it).
 */
export function MenuItemCard({ item, onChoose, disabledBy }: { item: GuestMenuItem; onChoose: (item: GuestMenuItem) => void; disabledBy: string | null }) {
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
        <p className={`shrink-0 font-semibold ${off ? "text-stone-700 line-through decoration-1" : ""}`}>{formatDecimal(item.price, item.currency)}</p>
      </div>
      {item.description && <p className="mt-1 text-sm text-stone-700">{item.description}</p>}
      {off && (
        <p data-testid="unavailable-reason" className={`mt-2 inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${item.sold_out ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950"}`}>
          {item.sold_out ? "Sold out" : item.unavailable_reason ? item.unavailable_reason.charAt(0).toUpperCase() + item.unavailable_reason.slice(1) : "Not available"}
        </p>
      )}
      {item.tags.length > 0 && (
        <ul aria-label="Dietary" className="mt-2 flex flex-wrap gap-1.5">
          {item.tags.map((t) => (
            <li key={t} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
              {labelOf(t)}
            </li>
          ))}
        </ul>
      )}
      {item.allergens.length > 0 && <p className="mt-2 text-xs text-stone-700">Contains: {item.allergens.map(allergenLabel).join(", ")}</p>}
      {item.options.length > 0 && (
        <dl className="mt-2 space-y-1 text-sm">
          {item.options.map((g) => (
            <div key={g.id}>
              <dt className="inline font-medium">
                {g.name}
                {g.required ? (g.max_choices > 1 ? ` (choose 1–${g.max_choices})` : " (choose one)") : g.max_choices > 1 ? ` (up to ${g.max_choices})` : " (optional)"}:{" "}
              </dt>
              <dd className="inline text-stone-700">
                {g.choices.map((c) => (c.price_minor > 0 ? `${c.label} +${formatDecimal(c.price, item.currency)}` : c.label)).join(" · ")}
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
          Add<span className="sr-only"> {item.name}</span>
        </button>
      )}
    </li>
  );
}
