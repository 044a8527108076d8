import { isLocale, type Locale } from "@/lib/i18n/locales";

// Which text of a quick reply the console offers (pure: the conversation view runs it in the browser).

/** A quick reply in other guest languages than the hotel's own (its `body`). */
export type QuickReplyTranslations = Partial<Record<Locale, string>>;

/**
 * The text to offer a guest who reads `language` (the booking's; null when not known): the
 * reply's translation into it, else the reply as written in the hotel's language.
 */
export function quickReplyText(reply: { body: string; translations?: QuickReplyTranslations | null }, language: string | null | undefined): string {
  return (isLocale(language) ? reply.translations?.[language]?.trim() : undefined) || reply.body;
}

/** Whether the reply has a text of its own in `language`. */
export const hasQuickReplyIn = (reply: { translations?: QuickReplyTranslations | null }, language: string | null | undefined): language is Locale =>
  isLocale(language) && Boolean(reply.translations?.[language]?.trim());
