// Money is integer minor units everywhere; these turn it into the API's decimal strings.

const digitsCache = new Map<string, number>();

/** Minor-unit exponent of an ISO 4217 currency (EUR 2, JPY 0, BHD 3), from Intl. */
export function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

/** 1250 EUR → "12.50"; -300 → "-3.00"; 500 JPY → "500". Exact: no floating point. */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError("minor units must be a safe integer");
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const abs = String(Math.abs(minor));
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** "12.5" / "12.50" → 1250 for EUR; null when the text is not a plain amount with at most the currency's digits. */
export function decimalToMinor(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const m = /^(-?)(\d{1,9})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const frac = m[3] ?? "";
  if (frac.length > digits) return null;
  const value = Number(m[2]) * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  return m[1] ? -value : value;
}
