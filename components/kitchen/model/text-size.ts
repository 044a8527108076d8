// The kitchen screen's text size, chosen on the device (a 10″ tablet at arm's length, a 21.5″
// screen across the pass) and remembered in a cookie so the server renders it without a jump.

export const TEXT_SIZES = ["small", "standard", "large"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_COOKIE = "kitchen-text";

export function parseTextSize(value: string | undefined | null): TextSize {
  return TEXT_SIZES.find((s) => s === value) ?? "standard";
}
