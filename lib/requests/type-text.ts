import type { RequestType } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translateLabel, translateText, translationLocale } from "@/lib/menus/translations";

// A request type's words in the guest's language, field by field with the hotel's text as the
// fallback: the same rule as the menu (lib/menus/translations.ts).

type TypeWords = Pick<RequestType, "name" | "description" | "translations" | "options">;

export type TranslatedType = { name: string; description: string | null; itemLabel: (key: string, fallback: string) => string };

export function typeInLanguage(type: TypeWords, language: Locale | null, hotelLanguage: string): TranslatedType {
  const locale = translationLocale(language, hotelLanguage);
  const text = translateText({ name: type.name, description: type.description, translations: type.translations }, locale);
  const items = new Map((type.options.items ?? []).map((i) => [i.key, i]));
  return {
    ...text,
    itemLabel: (key, fallback) => {
      const item = items.get(key);
      return item ? translateLabel(item.label, item.translations, locale) : fallback;
    },
  };
}
