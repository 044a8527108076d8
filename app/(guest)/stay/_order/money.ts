// Display-only money helpers for the guest's cart. The server prices every order; the cart shows
// an estimate from the menu's minor units and the confirmation shows the server's total.

const digitsCache = new Map<string, number>();

function fractionDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat("en-GB", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

/** "€12.50" from integer minor units. */
export function formatMinor(minor: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 10 ** fractionDigits(currency));
}

/** "€12.50" from the API's decimal string. */
export function formatDecimal(decimal: string | number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(Number(decimal));
}
