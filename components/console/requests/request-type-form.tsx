"use client";

import { useState } from "react";
import { CheckboxField, FormError, SelectField, SubmitButton, TextAreaField, TextField, TimeField } from "@/components/console/fields";
import { LanguageFieldset, otherLanguages, textTranslationsFrom, TextTranslationFields, translatedInto, TranslationsSection } from "@/components/console/menu-translations";
import { formValues, useApi } from "@/components/console/use-api";
import type { LabelTranslations, RequestType } from "@/lib/db/schema";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { REQUEST_DEPARTMENTS } from "@/lib/requests/request-roles";
import { DEPARTMENT_LABELS } from "./department-labels";

type ItemDraft = { key: string; label: string; max: string; translations: LabelTranslations; isNew: boolean };

const inputClass = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm text-stone-900 aria-[invalid=true]:border-red-700";

/** A new item's key from its label: the guest's request stores it, so it never changes once saved. */
const keyFrom = (label: string, taken: string[]) => {
  const base =
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 30) || "item";
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
};

/** One request type's editor: its words, department, promise, order, items or latest check-out, and translations. */
export function RequestTypeForm({ type, defaultLanguage, onSaved }: { type: RequestType; defaultLanguage: string; onSaved: () => void }) {
  const { call, pending, error, fieldError } = useApi();
  const [saved, setSaved] = useState(false);
  const [items, setItems] = useState<ItemDraft[]>(() => (type.options.items ?? []).map((i) => ({ key: i.key, label: i.label, max: String(i.max), translations: i.translations ?? {}, isNew: false })));
  const languages = otherLanguages(defaultLanguage);
  const p = `rt-${type.id.slice(0, 8)}`;
  const setItem = (i: number, patch: Partial<ItemDraft>) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const translationError = Object.keys(error?.fields ?? {}).some((k) => k.startsWith("translations") || k.includes(".translations"));
  const translatedCount = languages.filter((l) => type.translations[l]?.name || type.translations[l]?.description || items.some((i) => i.translations[l])).length;

  return (
    <form
      noValidate
      aria-labelledby={`${p}-h`}
      data-testid="request-type-form"
      className="space-y-4 p-4 sm:p-6"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        const form = e.currentTarget;
        const v = formValues(form);
        const taken: string[] = [];
        const options =
          type.kind === "AMENITIES"
            ? {
                items: items.map((i) => {
                  const key = i.isNew ? keyFrom(i.label, taken) : i.key;
                  taken.push(key);
                  return { key, label: i.label.trim(), max: Number(i.max), translations: i.translations };
                }),
              }
            : type.kind === "LATE_CHECKOUT"
              ? v.latestCheckout
                ? { latestCheckout: v.latestCheckout }
                : {}
              : {};
        const body = {
          name: v.name,
          description: v.description,
          department: v.department,
          targetMinutes: Number(v.targetMinutes),
          active: v.active === "on",
          position: Number(v.position),
          options,
          translations: textTranslationsFrom(new FormData(form), defaultLanguage),
        };
        if (await call(`/api/console/request-types/${type.id}`, "PATCH", body)) {
          setSaved(true);
          setItems((xs) => xs.map((x, i) => ({ ...x, key: options.items?.[i]?.key ?? x.key, isNew: false })));
          onSaved();
        }
      }}
    >
      <h3 id={`${p}-h`} className="sr-only">
        Edit {type.name}
      </h3>
      <FormError error={error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${p}-name`} label="Name" name="name" defaultValue={type.name} maxLength={80} error={fieldError("name")} />
        <SelectField id={`${p}-dept`} label="Department" name="department" defaultValue={type.department} error={fieldError("department")} hint={type.kind === "LATE_CHECKOUT" ? "Late check-out stays with the front desk." : undefined}>
          {REQUEST_DEPARTMENTS.map((d) => (
            <option key={d} value={d}>
              {DEPARTMENT_LABELS[d]}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextAreaField id={`${p}-desc`} label="Description" name="description" rows={2} defaultValue={type.description ?? ""} maxLength={300} error={fieldError("description")} />
        </div>
        <TextField id={`${p}-target`} label="Target (minutes)" name="targetMinutes" type="number" inputMode="numeric" min={1} max={1440} defaultValue={type.targetMinutes} error={fieldError("targetMinutes")} hint="Still not accepted after this long, a request is late." />
        <TextField id={`${p}-pos`} label="Position" name="position" type="number" inputMode="numeric" min={0} max={10000} defaultValue={type.position} error={fieldError("position")} hint="Lower comes first on the guest's list." />
        {type.kind === "LATE_CHECKOUT" && (
          <TimeField id={`${p}-latest`} label="Latest check-out" name="latestCheckout" defaultValue={type.options.latestCheckout ?? ""} error={fieldError("options.latestCheckout")} hint="Guests may ask for any time up to this." />
        )}
        <div className="sm:col-span-2">
          <CheckboxField id={`${p}-active`} label="Offered to guests" name="active" defaultChecked={type.active} />
        </div>
      </div>
      {type.kind === "AMENITIES" && (
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-semibold">Items</legend>
          {fieldError("options.items") && <p className="text-sm text-red-700">{fieldError("options.items")}</p>}
          {items.map((it, i) => (
            <div key={i} className="grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
              <TextField id={`${p}-item-${i}-label`} label={`Item ${i + 1}`} name={`item-${i}-label`} value={it.label} maxLength={60} onChange={(e) => setItem(i, { label: e.target.value })} error={fieldError(`options.items.${i}.label`)} />
              <TextField id={`${p}-item-${i}-max`} label={`Most per request, item ${i + 1}`} name={`item-${i}-max`} type="number" inputMode="numeric" min={1} max={20} value={it.max} onChange={(e) => setItem(i, { max: e.target.value })} error={fieldError(`options.items.${i}.max`)} />
              <button type="button" onClick={() => setItems((xs) => xs.filter((_, j) => j !== i))} className="min-h-10 rounded-md px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-50">
                Remove<span className="sr-only"> item {i + 1}</span>
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setItems((xs) => [...xs, { key: "", label: "", max: "1", translations: {}, isNew: true }])} className="rounded-md px-3 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-600 hover:bg-brand-50">
            Add item
          </button>
        </fieldset>
      )}
      <TranslationsSection id={`${p}-tr`} count={translatedCount} total={languages.length} open={translationError}>
        {languages.map((l) => (
          <LanguageFieldset key={l} locale={l}>
            <TextTranslationFields idp={`${p}-tr`} locale={l} value={type.translations} hotelText={{ name: type.name, description: type.description }} multilineDescription fieldError={fieldError} />
            {items.map((it, i) => (
              <label key={i} className="block text-sm">
                Item “{it.label || i + 1}” ({LOCALE_NAMES[l]})
                <input
                  className={inputClass}
                  lang={l}
                  dir="auto"
                  placeholder={it.label}
                  value={it.translations[l] ?? ""}
                  aria-invalid={fieldError(`options.items.${i}.translations.${l}`) ? true : undefined}
                  onChange={(e) => setItem(i, { translations: { ...it.translations, [l]: e.target.value } })}
                />
              </label>
            ))}
          </LanguageFieldset>
        ))}
      </TranslationsSection>
      {translatedInto(type.translations, defaultLanguage) && <p className="text-xs text-stone-700">Translated into {translatedInto(type.translations, defaultLanguage)}.</p>}
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>Save type</SubmitButton>
        <p aria-live="polite" className="text-sm text-brand-800">
          {saved ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
