// The guest's languages. The console and the kitchen stay in English (the hotel's own language
// shows there only in menu content); every guest-facing screen and email speaks one of these.

import { GUEST_LANGUAGES, type GuestLanguage } from "@/lib/db/schema/languages";

export const LOCALES = GUEST_LANGUAGES;
export type Locale = GuestLanguage;
export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name, for the switcher and the console's pickers. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", pt: "Português", de: "Deutsch", fr: "Français", es: "Español", ar: "العربية" };

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

export function dirOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The Intl locale that formats dates, times, numbers and money for a guest language. English keeps
 * the British forms the product has always shown (24-hour times, day before month); Arabic keeps
 * Latin digits, as hotel signage and booking confirmations in the region commonly do, so a room
 * number, a price or 07:30 reads the same on the guest's phone as at the desk.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", pt: "pt-PT", de: "de-DE", fr: "fr-FR", es: "es-ES", ar: "ar-u-nu-latn" };

/** The best of our languages in an Accept-Language header (by q, then order), or null. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  return ranked.map((x) => x.lang).find(isLocale) ?? null;
}

/**
 * The guest's language, first found: the one picked on this device, the booking's, the browser's,
 * the hotel's default.
 */
export function resolveGuestLocale(opts: { picked?: string | null; booking?: string | null; acceptLanguage?: string | null; hotelDefault?: string | null }): Locale {
  if (isLocale(opts.picked)) return opts.picked;
  if (isLocale(opts.booking)) return opts.booking;
  return fromAcceptLanguage(opts.acceptLanguage) ?? (isLocale(opts.hotelDefault) ? opts.hotelDefault : DEFAULT_LOCALE);
}

/** The cookie that remembers the language picked in the portal (this device only). */
export const LOCALE_COOKIE = "guest_lang";
