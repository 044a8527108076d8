"use client";

import { useState } from "react";
import type { LabelTranslations, MenuCategory, MenuItem } from "@/lib/db/schema";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { allergenLabel, labelOf } from "@/lib/menus/labels";
import { decimalToMinor, minorToDecimal } from "@/lib/menus/money";
import { ALLERGENS, DIETARY_TAGS } from "@/lib/menus/schemas";
import { buttonClass, FormError, SelectField, SubmitButton, TextAreaField, TextField, TimeField } from "./fields";
import { LanguageFieldset, otherLanguages, textTranslationsFrom, TextTranslationFields, TranslationsSection } from "./menu-translations";
import { useApi } from "./use-api";

type ChoiceDraft = { id?: string; label: string; price: string; translations: LabelTranslations };
type GroupDraft = { id?: string; name: string; required: boolean; maxChoices: string; choices: ChoiceDraft[]; translations: LabelTranslations };

const inputClass = "block w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm";

/** The server's refusal of one translated label, under its field. */
const TranslationError = ({ message }: { message: string | undefined }) => (message ? <span className="mt-1 block text-sm text-red-700">{message}</span> : null);

function draftsOf(item: MenuItem | null, currency: string): GroupDraft[] {
  return (item?.optionGroups ?? []).map((g) => ({
    id: g.id,
    name: g.name,
    required: g.required,
    maxChoices: String(g.maxChoices),
    choices: g.choices.map((c) => ({ id: c.id, label: c.label, price: minorToDecimal(c.priceDeltaMinor, currency), translations: c.translations ?? {} })),
    translations: g.translations ?? {},
  }));
}

/**
 * Create or edit an item. Prices are typed as decimals and sent as integer minor units; the server
 * checks everything again. Names, the description, group names and choice labels may be given in
 * each other guest language (empty: guests see the hotel's text).
 */
export function MenuItemForm(props: { item: MenuItem | null; categoryId: string; categories: MenuCategory[]; currency: string; defaultLanguage: string; onDone: () => void; onCancel: () => void }) {
  const { item, currency, defaultLanguage } = props;
  const { call, pending, error, fieldError } = useApi();
  const [groups, setGroups] = useState<GroupDraft[]>(() => draftsOf(item, currency));
  const [localError, setLocalError] = useState<string | null>(null);
  const p = item ? `it-${item.id}` : `it-new-${props.categoryId}`;
  const setGroup = (gi: number, patch: Partial<GroupDraft>) => setGroups((gs) => gs.map((g, i) => (i === gi ? { ...g, ...patch } : g)));
  const setChoice = (gi: number, ci: number, patch: Partial<ChoiceDraft>) => setGroup(gi, { choices: groups[gi]!.choices.map((c, i) => (i === ci ? { ...c, ...patch } : c)) });
  const languages = otherLanguages(defaultLanguage);
  const translated = languages.filter((l) => item?.translations[l]?.name || item?.translations[l]?.description || item?.optionGroups.some((g) => g.translations?.[l] || g.choices.some((c) => c.translations?.[l]))).length;
  const translationError = Object.keys(error?.fields ?? {}).some((k) => k.startsWith("translations") || k.includes(".translations"));

  return (
    <form
      noValidate
      aria-label={item ? `Edit ${item.name}` : "New item"}
      className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setLocalError(null);
        const f = new FormData(e.currentTarget);
        const s = (k: string) => String(f.get(k) ?? "").trim();
        const price = decimalToMinor(s("price"), currency);
        if (price === null) return setLocalError(`Enter the price as a number, e.g. 12.50 ${currency}`);
        const optionGroups = [];
        for (const g of groups) {
          const choices = [];
          for (const c of g.choices) {
            const delta = c.price.trim() === "" ? 0 : decimalToMinor(c.price, currency);
            if (delta === null) return setLocalError(`Enter the extra price of “${c.label || "a choice"}” as a number`);
            choices.push({ ...(c.id ? { id: c.id } : {}), label: c.label, priceDeltaMinor: delta, translations: c.translations });
          }
          optionGroups.push({ ...(g.id ? { id: g.id } : {}), name: g.name, required: g.required, maxChoices: Number(g.maxChoices) || 1, choices, translations: g.translations });
        }
        const body = {
          categoryId: s("categoryId"),
          name: s("name"),
          description: s("description") || null,
          priceMinor: price,
          onRoomService: f.get("onRoomService") === "on",
          onBreakfast: f.get("onBreakfast") === "on",
          availableFrom: s("availableFrom") || null,
          availableUntil: s("availableUntil") || null,
          prepMinutes: s("prepMinutes") ? Number(s("prepMinutes")) : null,
          dietaryTags: f.getAll("dietaryTags").map(String),
          allergens: f.getAll("allergens").map(String),
          optionGroups,
          translations: textTranslationsFrom(f, defaultLanguage),
        };
        const ok = await call(item ? `/api/console/menus/items/${item.id}` : "/api/console/menus/items", item ? "PATCH" : "POST", body);
        if (ok) props.onDone();
      }}
    >
      <FormError error={error} />
      {localError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {localError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${p}-name`} label="Name" name="name" defaultValue={item?.name ?? ""} error={fieldError("name")} required />
        <TextField id={`${p}-price`} label={`Price (${currency})`} name="price" inputMode="decimal" defaultValue={item ? minorToDecimal(item.priceMinor, currency) : ""} error={fieldError("priceMinor")} required />
        <SelectField id={`${p}-cat`} label="Category" name="categoryId" defaultValue={item?.categoryId ?? props.categoryId} error={fieldError("categoryId")}>
          {props.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField id={`${p}-desc`} label="Description (optional)" name="description" rows={2} defaultValue={item?.description ?? ""} error={fieldError("description")} />
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-semibold">Menus and hours</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="onRoomService" defaultChecked={item?.onRoomService ?? true} className="h-4 w-4 accent-brand-600" /> Room service
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="onBreakfast" defaultChecked={item?.onBreakfast ?? false} className="h-4 w-4 accent-brand-600" /> Breakfast
        </label>
        <TimeField id={`${p}-from`} label="Available from" name="availableFrom" defaultValue={item?.availableFrom ?? ""} error={fieldError("availableFrom")} hint="Hotel time; empty = all day" />
        <TimeField id={`${p}-until`} label="Available until" name="availableUntil" defaultValue={item?.availableUntil ?? ""} error={fieldError("availableUntil")} hint="Before “from” = past midnight" />
        <TextField id={`${p}-prep`} label="Preparation (minutes)" name="prepMinutes" type="number" min={1} max={240} defaultValue={item?.prepMinutes ?? ""} error={fieldError("prepMinutes")} hint="Empty = hotel default" />
      </fieldset>
      {fieldError("onRoomService") && <p className="text-sm text-red-700">{fieldError("onRoomService")}</p>}
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Dietary tags</legend>
        <div className="flex flex-wrap gap-3">
          {DIETARY_TAGS.map((t) => (
            <label key={t} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="dietaryTags" value={t} defaultChecked={item?.dietaryTags.includes(t)} className="h-4 w-4 accent-brand-600" /> {labelOf(t)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Allergens</legend>
        <div className="flex flex-wrap gap-3">
          {ALLERGENS.map((a) => (
            <label key={a} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="allergens" value={a} defaultChecked={item?.allergens.includes(a)} className="h-4 w-4 accent-brand-600" /> {allergenLabel(a)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm font-semibold">Choices (e.g. “Eggs: fried / scrambled”, “+ bacon 3.00”)</legend>
        {fieldError("optionGroups") && <p className="text-sm text-red-700">{fieldError("optionGroups")}</p>}
        {groups.map((g, gi) => (
          <div key={g.id ?? `new-${gi}`} className="space-y-2 rounded-md border border-stone-300 bg-white p-3">
            <div className="grid items-end gap-2 sm:grid-cols-4">
              <label className="text-sm sm:col-span-2">
                Group name
                <input className={inputClass} value={g.name} onChange={(e) => setGroup(gi, { name: e.target.value })} />
              </label>
              <label className="text-sm">
                At most
                <input className={inputClass} type="number" min={1} max={20} value={g.maxChoices} onChange={(e) => setGroup(gi, { maxChoices: e.target.value })} />
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={g.required} onChange={(e) => setGroup(gi, { required: e.target.checked })} className="h-4 w-4 accent-brand-600" /> Required
              </label>
            </div>
            {g.choices.map((c, ci) => (
              <div key={c.id ?? `new-${ci}`} className="grid items-end gap-2 sm:grid-cols-4">
                <label className="text-sm sm:col-span-2">
                  Choice {ci + 1}
                  <input className={inputClass} value={c.label} onChange={(e) => setChoice(gi, ci, { label: e.target.value })} />
                </label>
                <label className="text-sm">
                  Extra ({currency})
                  <input className={inputClass} inputMode="decimal" value={c.price} onChange={(e) => setChoice(gi, ci, { price: e.target.value })} />
                </label>
                <button type="button" className={buttonClass("secondary")} onClick={() => setGroup(gi, { choices: g.choices.filter((_, i) => i !== ci) })}>
                  Remove choice
                </button>
              </div>
            ))}
            <div className="flex gap-2">
              <button type="button" className={buttonClass("secondary")} onClick={() => setGroup(gi, { choices: [...g.choices, { label: "", price: "", translations: {} }] })}>
                Add choice
              </button>
              <button type="button" className={buttonClass("secondary")} onClick={() => setGroups((gs) => gs.filter((_, i) => i !== gi))}>
                Remove group
              </button>
            </div>
          </div>
        ))}
        <button type="button" className={buttonClass("secondary")} onClick={() => setGroups((gs) => [...gs, { name: "", required: false, maxChoices: "1", choices: [{ label: "", price: "", translations: {} }], translations: {} }])}>
          Add choice group
        </button>
      </fieldset>
      <TranslationsSection id={`${p}-tr`} count={translated} total={languages.length} open={translationError}>
        {languages.map((l) => (
          <LanguageFieldset key={l} locale={l}>
            <TextTranslationFields idp={`${p}-tr`} locale={l} value={item?.translations} hotelText={{ name: item?.name ?? "", description: item?.description ?? null }} multilineDescription fieldError={fieldError} />
            {groups.map((g, gi) => (
              <div key={g.id ?? `new-${gi}`} className="grid gap-2 border-s-2 border-stone-200 ps-3 sm:grid-cols-2">
                <label className="text-sm sm:col-span-2">
                  Group name “{g.name || `group ${gi + 1}`}” ({LOCALE_NAMES[l]})
                  <input
                    className={`${inputClass} aria-[invalid=true]:border-red-700`}
                    lang={l}
                    dir="auto"
                    placeholder={g.name}
                    value={g.translations[l] ?? ""}
                    aria-invalid={fieldError(`optionGroups.${gi}.translations.${l}`) ? true : undefined}
                    onChange={(e) => setGroup(gi, { translations: { ...g.translations, [l]: e.target.value } })}
                  />
                  <TranslationError message={fieldError(`optionGroups.${gi}.translations.${l}`)} />
                </label>
                {g.choices.map((c, ci) => (
                  <label key={c.id ?? `new-${ci}`} className="text-sm">
                    Choice “{c.label || ci + 1}” ({LOCALE_NAMES[l]})
                    <input
                      className={`${inputClass} aria-[invalid=true]:border-red-700`}
                      lang={l}
                      dir="auto"
                      placeholder={c.label}
                      value={c.translations[l] ?? ""}
                      aria-invalid={fieldError(`optionGroups.${gi}.choices.${ci}.translations.${l}`) ? true : undefined}
                      onChange={(e) => setChoice(gi, ci, { translations: { ...c.translations, [l]: e.target.value } })}
                    />
                    <TranslationError message={fieldError(`optionGroups.${gi}.choices.${ci}.translations.${l}`)} />
                  </label>
                ))}
              </div>
            ))}
          </LanguageFieldset>
        ))}
      </TranslationsSection>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{item ? "Save item" : "Add item"}</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
