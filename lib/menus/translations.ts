import type { LabelTranslations, TextTranslations } from "@/lib/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Menu content in the guest's language. The hotel writes its menu in its default language
// (`hotels.default_language`): that text is the menu itself, what the kitchen and the console read.
// Translations per other language sit beside it; a field left untranslated falls back to the
// hotel's text, field by field (a translated name with no translated description shows the
// hotel's description). Pure, so the guest menu, the order snapshot and the editor share it.

/**
 * The language to translate into: null when the guest reads the hotel's own language, or one we
 * do not have (the hotel's text as written; its own language's entry, if any, is never used).
 */
export function translationLocale(locale: string | null | undefined, hotelLanguage: string): Locale | null {
  return isLocale(locale) && locale !== hotelLanguage ? locale : null;
}

const filled = (s: string | null | undefined) => (typeof s === "string" && s.trim() ? s.trim() : null);

/** A category's or item's name and description in `locale` (null: the hotel's text). */
export function translateText(row: { name: string; description: string | null; translations?: TextTranslations | null }, locale: Locale | null): { name: string; description: string | null } {
  const t = locale ? row.translations?.[locale] : undefined;
  return { name: filled(t?.name) ?? row.name, description: filled(t?.description) ?? row.description };
}

/** The words an order line keeps of what the guest read: only when they differ from the hotel's. */
export const guestWords = (guest: string, hotel: string): string | undefined => (guest !== hotel ? guest : undefined);

/** An option group's name or a choice's label in `locale` (null: the hotel's text). */
export function translateLabel(text: string, translations: LabelTranslations | null | undefined, locale: Locale | null): string {
  return (locale ? filled(translations?.[locale]) : null) ?? text;
}
