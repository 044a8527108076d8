"use client";

import type { MenuItem } from "@/lib/db/schema";
import { minorToDecimal } from "@/lib/menus/money";
import { formatDecimal } from "@/components/ui/money";
import { labelOf } from "@/lib/menus/labels";
import { buttonClass } from "./fields";
import { translatedInto } from "./menu-translations";

type Props = {
  item: MenuItem;
  currency: string;
  /** The hotel's language: the row shows the item as written, and which other languages it has. */
  defaultLanguage: string;
  canEdit: boolean;
  pending: boolean;
  first: boolean;
  last: boolean;
  onToggleSoldOut: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onMove?: (by: -1 | 1) => void;
};

/** One item in the console list, with the sold-out switch every role may use. */
export function MenuItemRow({ item, currency, defaultLanguage, canEdit, pending, first, last, onToggleSoldOut, onEdit, onDelete, onMove }: Props) {
  const menus = [item.onRoomService && "Room service", item.onBreakfast && "Breakfast"].filter(Boolean).join(" · ");
  const languages = translatedInto(item.translations, defaultLanguage);
  return (
    <li data-testid="console-menu-item" data-item-id={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="min-w-0">
        <p className="font-medium">
          {item.name} <span className="text-stone-700">· {formatDecimal(minorToDecimal(item.priceMinor, currency), currency)}</span>
        </p>
        <p className="text-xs text-stone-700">
          {menus}
          {item.availableFrom && ` · ${item.availableFrom}–${item.availableUntil}`}
          {item.optionGroups.length > 0 && ` · options: ${item.optionGroups.map((g) => g.name).join(", ")}`}
          {item.dietaryTags.length > 0 && ` · ${item.dietaryTags.map(labelOf).join(", ")}`}
          {languages && ` · translated: ${languages}`}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={item.soldOut}
          disabled={pending}
          onClick={onToggleSoldOut}
          aria-label={`${item.name}: sold out`}
          className={`rounded-full px-3 py-1.5 text-sm font-semibold ring-1 disabled:opacity-60 ${item.soldOut ? "bg-red-700 text-white ring-red-700" : "bg-white text-stone-800 ring-stone-400 hover:bg-stone-100"}`}
        >
          {item.soldOut ? "Sold out" : "Available"}
        </button>
        {canEdit && (
          <>
            {onMove && (
              <>
                <button type="button" className={buttonClass("secondary")} disabled={pending || first} aria-label={`Move ${item.name} up`} onClick={() => onMove(-1)}>
                  ↑
                </button>
                <button type="button" className={buttonClass("secondary")} disabled={pending || last} aria-label={`Move ${item.name} down`} onClick={() => onMove(1)}>
                  ↓
                </button>
              </>
            )}
            <button type="button" className={buttonClass("secondary")} onClick={onEdit} aria-label={`Edit ${item.name}`}>
              Edit
            </button>
            <button type="button" className={buttonClass("danger")} disabled={pending} onClick={onDelete} aria-label={`Delete ${item.name}`}>
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
