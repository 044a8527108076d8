"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { GuestMenuItem } from "@/lib/menus/guest-menu";
import { useFormat } from "@/components/i18n/use-format";
import { AllergyFields, NO_ALLERGIES, type AllergyChoice } from "./allergy-fields";
import { AllergyConflict } from "./allergy-conflict";
import { useMenuLabels } from "./use-menu-labels";
import { MAX_QUANTITY, type CartLine } from "./use-cart";

const MAX_INSTRUCTIONS = 500;

/** A bottom sheet (a modal dialog) to choose options, quantity and instructions for one dish. */
export function ItemSheet({ item, declared, onAdd, onClose }: { item: GuestMenuItem; declared: readonly string[]; onAdd: (line: Omit<CartLine, "key">) => void; onClose: () => void }) {
  const t = useTranslations("menu");
  const fmt = useFormat();
  const labels = useMenuLabels();
  // "Please choose bread.": a group's name inside a sentence, lower-cased where the language does so.
  const inSentence = (name: string) => (t("sheet.groupNameCase") === "lower" ? name.toLocaleLowerCase(fmt.locale) : name);
  const ref = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [quantity, setQuantity] = useState(1);
  const [instructions, setInstructions] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const [allergies, setAllergies] = useState<AllergyChoice>(NO_ALLERGIES);
  const uid = useId();

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal(); // modal: focus moves in, Escape closes, the page behind is inert
  }, []);

  const pick = (groupId: string, choiceId: string, max: number, checked: boolean) => {
    setMissing((m) => m.filter((g) => g !== groupId));
    setChosen((c) => {
      const now = c[groupId] ?? [];
      if (max === 1) return { ...c, [groupId]: checked ? [choiceId] : [] };
      if (!checked) return { ...c, [groupId]: now.filter((x) => x !== choiceId) };
      return now.length >= max ? c : { ...c, [groupId]: [...now, choiceId] };
    });
  };

  const choices = item.options.flatMap((g) => g.choices.filter((c) => chosen[g.id]?.includes(c.id)));
  const unit = item.price_minor + choices.reduce((n, c) => n + c.price_minor, 0);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const unmet = item.options.filter((g) => g.required && !(chosen[g.id]?.length ?? 0)).map((g) => g.id);
    if (unmet.length) {
      setMissing(unmet);
      document.getElementById(`${uid}-${unmet[0]}`)?.focus();
      return;
    }
    onAdd({ item_id: item.id, name: item.name, quantity, options: choices.map((c) => c.id), option_labels: choices.map((c) => c.label), unit_minor: unit, instructions: instructions.trim(), allergies, contains: item.allergens });
    ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${uid}-title`}
      className="m-0 mt-auto w-full max-w-none rounded-t-3xl bg-white p-0 text-stone-900 backdrop:bg-stone-900/50 sm:m-auto sm:max-w-lg sm:rounded-3xl"
    >
      <form onSubmit={submit} className="max-h-[85vh] overflow-y-auto p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id={`${uid}-title`} dir="auto" className="text-xl font-semibold">
            {item.name}
          </h2>
          <button type="button" onClick={() => ref.current?.close()} className="rounded-full px-3 py-1 text-sm font-medium ring-1 ring-stone-300 hover:bg-stone-100">
            {t("sheet.close")}
          </button>
        </div>
        {item.description && (
          <p dir="auto" className="mt-1 text-sm text-stone-700">
            {item.description}
          </p>
        )}
        <p className="mt-1 font-semibold">{fmt.minor(item.price_minor, item.currency)}</p>
        <p data-testid="sheet-contains" className="mt-1 text-sm text-stone-700">
          {item.allergens.length > 0 ? t("contains", { allergens: labels.list(item.allergens.map(labels.allergen)) }) : t("sheet.noAllergens")}
        </p>
        <AllergyConflict name={item.name} contains={item.allergens} declared={[...declared, ...allergies.allergens]} className="mt-2" />
        {item.options.map((g) => {
          const multi = g.max_choices > 1;
          const err = missing.includes(g.id);
          return (
            <fieldset key={g.id} id={`${uid}-${g.id}`} tabIndex={-1} aria-describedby={err ? `${uid}-${g.id}-err` : undefined} className="mt-4 rounded-xl border border-stone-200 p-3">
              <legend className="px-1 font-medium">
                {g.name} <span className="text-sm font-normal text-stone-700">{t("sheet.groupHint", { max: g.max_choices, rule: g.required ? (multi ? "range" : "required") : multi ? "upTo" : "optional" })}</span>
              </legend>
              {err && (
                <p id={`${uid}-${g.id}-err`} className="mb-1 text-sm font-medium text-red-800">
                  {t("sheet.chooseRequired", { group: inSentence(g.name) })}
                </p>
              )}
              {g.choices.map((c) => (
                <label key={c.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-1 hover:bg-stone-50">
                  <input
                    type={multi ? "checkbox" : g.required ? "radio" : "checkbox"}
                    name={`${uid}-${g.id}`}
                    checked={chosen[g.id]?.includes(c.id) ?? false}
                    onChange={(e) => pick(g.id, c.id, g.max_choices, e.target.checked)}
                    className="h-5 w-5 accent-brand-700"
                  />
                  <span className="flex-1">{c.label}</span>
                  {c.price_minor > 0 && <span className="text-sm text-stone-700">+{fmt.minor(c.price_minor, item.currency)}</span>}
                </label>
              ))}
            </fieldset>
          );
        })}
        <label htmlFor={`${uid}-instr`} className="mt-4 block font-medium">
          {t.rich("sheet.instructions", { optional: (c) => <span className="text-sm font-normal text-stone-700">{c}</span> })}
        </label>
        <textarea
          id={`${uid}-instr`}
          value={instructions}
          maxLength={MAX_INSTRUCTIONS}
          dir="auto"
          onChange={(e) => setInstructions(e.target.value)}
          rows={2}
          placeholder={t("sheet.instructionsPlaceholder")}
          className="mt-1 w-full rounded-xl border border-stone-400 p-2"
        />
        <div className="mt-4">
          <AllergyFields
            legend={t("sheet.allergiesLegend")}
            hint={declared.length ? t("sheet.allergiesHintDeclared") : t("sheet.allergiesHint")}
            value={allergies}
            onChange={setAllergies}
          />
        </div>
        <div className="mt-4 flex items-center justify-between gap-3">
          <div role="group" aria-label={t("sheet.quantity")} className="flex items-center gap-2">
            <button type="button" aria-label={t("sheet.oneLess")} disabled={quantity <= 1} onClick={() => setQuantity((q) => Math.max(1, q - 1))} className="h-11 w-11 rounded-full text-xl ring-1 ring-stone-400 disabled:opacity-40">
              −
            </button>
            <output aria-live="polite" aria-label={t("sheet.quantity")} className="w-8 text-center text-lg font-semibold">
              {quantity}
            </output>
            <button type="button" aria-label={t("sheet.oneMore")} disabled={quantity >= MAX_QUANTITY} onClick={() => setQuantity((q) => Math.min(MAX_QUANTITY, q + 1))} className="h-11 w-11 rounded-full text-xl ring-1 ring-stone-400 disabled:opacity-40">
              +
            </button>
          </div>
          <button type="submit" className="min-h-11 flex-1 rounded-full bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            {t("sheet.addToOrder", { price: fmt.minor(unit * quantity, item.currency) })}
          </button>
        </div>
      </form>
    </dialog>
  );
}
