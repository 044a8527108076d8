"use client";

import type { MenuCategory } from "@/lib/db/schema";
import { buttonClass, FormError, SubmitButton, TextField } from "./fields";
import { LanguageFieldset, otherLanguages, textTranslationsFrom, TextTranslationFields, TranslationsSection } from "./menu-translations";
import { formValues, useApi } from "./use-api";

export function MenuCategoryForm({ category, defaultLanguage, onDone, onCancel }: { category: MenuCategory | null; defaultLanguage: string; onDone: () => void; onCancel: () => void }) {
  const { call, pending, error, fieldError } = useApi();
  const idp = category ? `cat-${category.id}` : "cat-new";
  const languages = otherLanguages(defaultLanguage);
  const translated = languages.filter((l) => category?.translations[l]?.name || category?.translations[l]?.description).length;
  const translationError = Object.keys(error?.fields ?? {}).some((k) => k.startsWith("translations"));
  return (
    <form
      noValidate
      aria-label={category ? `Edit ${category.name}` : "New category"}
      className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const translations = textTranslationsFrom(new FormData(e.currentTarget), defaultLanguage);
        const ok = await call(category ? `/api/console/menus/categories/${category.id}` : "/api/console/menus/categories", category ? "PATCH" : "POST", { name: v.name, description: v.description || null, translations });
        if (ok) onDone();
      }}
    >
      <FormError error={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${idp}-name`} label="Category name" name="name" defaultValue={category?.name ?? ""} error={fieldError("name")} required />
        <TextField id={`${idp}-desc`} label="Description (optional)" name="description" defaultValue={category?.description ?? ""} error={fieldError("description")} />
      </div>
      <TranslationsSection id={`${idp}-tr`} count={translated} total={languages.length} open={translationError}>
        {languages.map((l) => (
          <LanguageFieldset key={l} locale={l}>
            <TextTranslationFields idp={`${idp}-tr`} locale={l} value={category?.translations} hotelText={{ name: category?.name ?? "", description: category?.description ?? null }} fieldError={fieldError} />
          </LanguageFieldset>
        ))}
      </TranslationsSection>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{category ? "Save category" : "Add category"}</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
