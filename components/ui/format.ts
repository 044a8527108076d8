import { formatDecimal, formatMinor } from "./money";

// Display helpers shared by the portal and the console. The console passes nothing (British English);
// guest screens pass the guest's Intl locale (lib/i18n/locales.ts INTL_LOCALE) through useFormat().

/** "Tue 24 Nov 2026" for a YYYY-MM-DD calendar date (no time zone shift). */
export function formatDate(date: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** Date and time in the hotel's zone, e.g. "24 Nov, 14:05". */
export function formatDateTime(iso: string, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(iso));
}

/** The time of day in the hotel's zone, always 24-hour "14:05" (as the kitchen shows it), whatever the browser's locale. */
export function formatTime(iso: string, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(iso));
}

export function nights(checkIn: string, checkOut: string): number {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);
}

/** Every formatter bound to one Intl locale (guest screens: components/i18n/use-format.ts). */
export function formattersFor(locale: string) {
  return {
    locale,
    date: (date: string) => formatDate(date, locale),
    dateTime: (iso: string, timeZone: string) => formatDateTime(iso, timeZone, locale),
    time: (iso: string, timeZone: string) => formatTime(iso, timeZone, locale),
    decimal: (decimal: string | number, currency: string) => formatDecimal(decimal, currency, locale),
    minor: (minor: number, currency: string) => formatMinor(minor, currency, locale),
  };
}
