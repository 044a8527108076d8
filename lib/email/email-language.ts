import { dirOf, INTL_LOCALE, resolveGuestLocale, type Locale } from "@/lib/i18n/locales";

// What every guest email shares: its language, and the HTML that carries it. A guest email speaks
// the booking's language, else the hotel's default (no device or browser is known when it is
// sent). English keeps the markup it always had, byte for byte; the other languages name their
// language and direction (Arabic: right to left) on the document or around the fragment.

/** The language of an email to this booking's guest. */
export function emailLocale(booking: { language: string | null }, hotel: { defaultLanguage: string | null }): Locale {
  return resolveGuestLocale({ booking: booking.language, hotelDefault: hotel.defaultLanguage });
}

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The attributes of a full HTML email's `<html>` element: ` lang="en"`, ` lang="ar" dir="rtl"`. */
export function htmlLangAttributes(locale: Locale): string {
  return locale === "en" ? ` lang="en"` : ` lang="${locale}" dir="${dirOf(locale)}"`;
}

/** An HTML fragment email (no document of its own) marked with its language and direction. */
export function inLanguage(locale: Locale, html: string): string {
  return locale === "en" ? html : `<div lang="${locale}" dir="${dirOf(locale)}">\n${html}\n</div>`;
}

/** ` dir="auto"` for text someone wrote (the desk's reply), whose language is its own. */
export function autoDir(locale: Locale): string {
  return locale === "en" ? "" : ` dir="auto"`;
}

/** The side a list's bullets or a quote's bar sits on: the start of the line. */
export function startSide(locale: Locale): "left" | "right" {
  return dirOf(locale) === "rtl" ? "right" : "left";
}

/** Items as a list in the language ("Tea, Cake" in English, as always). */
export function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "unit", style: "short" }).format(items);
}
