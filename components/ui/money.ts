import { minorToDecimal } from "@/lib/menus/money";

// The one money formatter for every screen (display only: the server prices every order, and
// amounts travel as decimal strings and integer minor units).

/** "€12.50" from the API's decimal string. */
export function formatDecimal(decimal: string | number, currency: string, locale = "en-GB"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(Number(decimal));
}

/** "€12.50" from integer minor units, exactly (no floating-point division). */
export function formatMinor(minor: number, currency: string, locale = "en-GB"): string {
  return formatDecimal(minorToDecimal(minor, currency), currency, locale);
}
