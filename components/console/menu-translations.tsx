"use client";

import type { ReactNode } from "react";
import type { TextTranslations } from "@/lib/db/schema";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { TextAreaField, TextField } from "./fields";

// The menu editor's translation fields. The menu is written in the hotel's own language; guests
// reading another of the portal's languages see these texts, and an empty field shows them the
// hotel's text (lib/menus/translations.ts). The console itself and the kitchen keep the hotel's.

/** The languages a hotel translates its menu into: every guest language but its own. */
export const otherLanguages = (defaultLanguage: string): Locale[] => LOCALES.filter((l) => l !== defaultLanguage);

/** "Português, Deutsch": the languages a text is translated into (a name or a description). */
export function translatedInto(translations: TextTranslations | undefined, defaultLanguage: string): string {
  return otherLanguages(defaultLanguage)
    .filter((l) => translations?.[l]?.name || translations?.[l]?.description)
    .map((l) => LOCALE_NAMES[l])
    .join(", ");
}

const fieldName = (l: Locale, field: "name" | "description") => `tr-${l}-${field}`;

/** The name and description per language from the form, as the API takes them (empty: untranslated). */
export function textTranslationsFrom(form: FormData, defaultLanguage: string): Record<string, { name: string; description: string }> {
  const s = (k: string) => String(form.get(k) ?? "").trim();
  return Object.fromEntries(otherLanguages(defaultLanguage).map((l) => [l, { name: s(fieldName(l, "name")), description: s(fieldName(l, "description")) }]));
}

/** A collapsed section "Other languages", open when any of its fields has an error. */
export function TranslationsSection({ id, count, total, open, children }: { id: string; count: number; total: number; open?: boolean; children: ReactNode }) {
  return (
    <details id={id} open={open || undefined} className="rounded-md border border-stone-300 bg-white" data-testid="menu-translations">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        Other languages <span className="font-normal text-stone-700">({count} of {total} translated)</span>
      </summary>
      <div className="space-y-4 border-t border-stone-200 p-3">
        <p className="text-xs text-stone-700">Guests reading one of these languages see these texts; an empty field shows them the text above. The console and the kitchen always show the text above.</p>
        {children}
      </div>
    </details>
  );
}

/** One language's fieldset, its legend the language's own name. */
export function LanguageFieldset({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend lang={locale} className="mb-1 text-sm font-semibold">
        {LOCALE_NAMES[locale]}
      </legend>
      {children}
    </fieldset>
  );
}

/**
 * A category's or item's name and description in one language; uncontrolled (read with
 * textTranslationsFrom on submit). The hotel's text is the placeholder: what guests see when empty.
 */
export function TextTranslationFields(props: {
  idp: string;
  locale: Locale;
  value: TextTranslations | undefined;
  hotelText: { name: string; description: string | null };
  multilineDescription?: boolean;
  fieldError: (name: string) => string | undefined;
}) {
  const { idp, locale, value, hotelText, fieldError } = props;
  const language = LOCALE_NAMES[locale];
  const t = value?.[locale];
  const common = { lang: locale, dir: "auto" as const };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        id={`${idp}-${locale}-name`}
        label={`Name (${language})`}
        name={fieldName(locale, "name")}
        defaultValue={t?.name ?? ""}
        placeholder={hotelText.name}
        error={fieldError(`translations.${locale}.name`) ?? fieldError(`translations.${locale}`)}
        {...common}
      />
      {props.multilineDescription ? (
        <TextAreaField
          id={`${idp}-${locale}-desc`}
          label={`Description (${language})`}
          name={fieldName(locale, "description")}
          rows={2}
          defaultValue={t?.description ?? ""}
          placeholder={hotelText.description ?? ""}
          error={fieldError(`translations.${locale}.description`)}
          {...common}
        />
      ) : (
        <TextField
          id={`${idp}-${locale}-desc`}
          label={`Description (${language})`}
          name={fieldName(locale, "description")}
          defaultValue={t?.description ?? ""}
          placeholder={hotelText.description ?? ""}
          error={fieldError(`translations.${locale}.description`)}
          {...common}
        />
      )}
    </div>
  );
}
