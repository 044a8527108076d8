"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ALLERGENS } from "@/lib/menus/allergens";
import { MAX_ALLERGY_NOTE } from "@/lib/orders/allergies";
import { useMenuLabels } from "./use-menu-labels";

export type AllergyChoice = { allergens: string[]; note: string };
export const NO_ALLERGIES: AllergyChoice = { allergens: [], note: "" };

/** The 14 allergens the menu declares, as checkboxes, and free text for anything else. */
export function AllergyFields({ legend, hint, value, onChange, disabled = false }: { legend: string; hint: string; value: AllergyChoice; onChange: (v: AllergyChoice) => void; disabled?: boolean }) {
  const t = useTranslations("menu.allergies");
  const labels = useMenuLabels();
  const uid = useId();
  const toggle = (code: string, on: boolean) => onChange({ ...value, allergens: ALLERGENS.filter((a) => (a === code ? on : value.allergens.includes(a))) });
  return (
    <fieldset data-testid="allergy-fields" aria-describedby={`${uid}-hint`} className="rounded-xl border border-stone-300 p-3" disabled={disabled}>
      <legend className="px-1 font-medium">{legend}</legend>
      <p id={`${uid}-hint`} className="text-sm text-stone-700">
        {hint}
      </p>
      <div className="mt-2 grid grid-cols-2 gap-x-2 gap-y-1 sm:grid-cols-3">
        {ALLERGENS.map((a) => (
          <label key={a} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-1 hover:bg-stone-50">
            <input type="checkbox" checked={value.allergens.includes(a)} onChange={(e) => toggle(a, e.target.checked)} className="h-5 w-5 shrink-0 accent-red-700" />
            <span>{labels.allergen(a)}</span>
          </label>
        ))}
      </div>
      <label htmlFor={`${uid}-note`} className="mt-2 block text-sm font-medium">
        {t.rich("other", { optional: (c) => <span className="font-normal text-stone-700">{c}</span> })}
      </label>
      <textarea
        id={`${uid}-note`}
        dir="auto"
        value={value.note}
        maxLength={MAX_ALLERGY_NOTE}
        rows={2}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        placeholder={t("otherPlaceholder")}
        className="mt-1 w-full rounded-xl border border-stone-400 p-2"
      />
    </fieldset>
  );
}

/** The API's `allergies` field for a choice, or undefined when nothing is declared. */
export function allergiesBody(v: AllergyChoice | undefined) {
  if (!v) return undefined;
  const note = v.note.trim();
  if (v.allergens.length === 0 && !note) return undefined;
  return { allergens: v.allergens, ...(note ? { note } : {}) };
}
