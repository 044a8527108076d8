import type { Hotel, MenuItem } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { itemAvailability, type MenuHotel, type MenuKind } from "./availability";
import { guestWords, translateLabel, translateText } from "./translations";

// The one place an order's money is computed: from the menu rows as they are now, never from
// anything the client sends. Pure (no I/O), so the ordering use case calls it inside its
// transaction with the rows it just read, and a sold-out toggle committed before applies at once.

export const MAX_LINES = 30;
export const MAX_QUANTITY = 20;
// An order's total is capped where it is computed: every price is within the menu's limits, but
// 30 lines of 20 at the highest price with options would overflow the integer columns. Far above
// any real room-service bill in any currency's minor units.
export const MAX_ORDER_TOTAL_MINOR = 50_000_000;

export type RequestedLine = {
  item_id: string;
  quantity: number;
  options?: readonly string[];
  instructions?: string | null;
  allergies?: { allergens: readonly string[]; note: string | null };
};

/**
 * `groupName`/`label`: the hotel's words (the kitchen's); `guestGroupName`/`guestLabel`: what the
 * guest read, only when they ordered in another language and it was translated.
 */
export type PricedOption = { groupId: string; groupName: string; choiceId: string; label: string; priceDeltaMinor: number; guestGroupName?: string; guestLabel?: string };

export type PricedLine = {
  itemId: string;
  /** Snapshots kept on the order line: a later menu edit never rewrites a past order. */
  name: string;
  /** The name the guest read, when another language than the hotel's and translated; null: `name`. */
  guestName: string | null;
  options: PricedOption[];
  quantity: number;
  basePriceMinor: number;
  /** Base price plus option deltas. */
  unitPriceMinor: number;
  lineTotalMinor: number;
  instructions: string | null;
  /** Declared by the guest for this dish. */
  allergens: string[];
  allergyNote: string | null;
  /** The dish's allergens as the menu lists them now (kept on the line, like its name). */
  contains: string[];
  prepMinutes: number;
};

export type PricingErrorCode =
  | "EMPTY_ORDER"
  | "TOO_MANY_LINES"
  | "INVALID_QUANTITY"
  | "ITEM_NOT_FOUND"
  | "NOT_ON_MENU"
  | "SOLD_OUT"
  | "NOT_AVAILABLE_NOW"
  | "INVALID_OPTION"
  | "DUPLICATE_OPTION"
  | "OPTION_REQUIRED"
  | "TOO_MANY_CHOICES"
  | "ORDER_TOO_LARGE";

export type PricingError = { line: number | null; itemId: string | null; code: PricingErrorCode; message: string; groupId?: string };

export type PricingResult =
  | { ok: true; currency: string; lines: PricedLine[]; subtotalMinor: number; totalMinor: number; itemsCount: number; prepMinutes: number }
  | { ok: false; errors: PricingError[] };

export type PricingInput = {
  hotel: MenuHotel & Pick<Hotel, "id">;
  menu: MenuKind;
  /** The hotel's menu rows (at least the requested ones); rows of another hotel are treated as unknown. */
  items: readonly MenuItem[];
  lines: readonly RequestedLine[];
  /** Room service: now. Breakfast: the serving time of the chosen slot (item hours are checked against it). */
  at: Date;
  /**
   * The language the guest ordered in when it is not the hotel's (lib/menus/translations.ts
   * translationLocale); each line then keeps the words the guest read beside the hotel's.
   */
  language?: Locale | null;
};


function priceOne(item: MenuItem, req: RequestedLine, line: number, hotel: PricingInput["hotel"], language: Locale | null): { ok: true; value: PricedLine } | { ok: false; errors: PricingError[] } {
  const errors: PricingError[] = [];
  const err = (code: PricingErrorCode, message: string, groupId?: string) => errors.push({ line, itemId: item.id, code, message, ...(groupId ? { groupId } : {}) });
  const byChoice = new Map<string, { group: MenuItem["optionGroups"][number]; choice: MenuItem["optionGroups"][number]["choices"][number] }>();
  for (const group of item.optionGroups) for (const choice of group.choices) byChoice.set(choice.id, { group, choice });

  const picked: PricedOption[] = [];
  const seen = new Set<string>();
  for (const id of req.options ?? []) {
    if (seen.has(id)) {
      err("DUPLICATE_OPTION", `Option chosen twice for ${item.name}`);
      continue;
    }
    seen.add(id);
    const hit = byChoice.get(id);
    if (!hit) {
      err("INVALID_OPTION", `Unknown option for ${item.name}`);
      continue;
    }
    const guestGroupName = language ? guestWords(translateLabel(hit.group.name, hit.group.translations, language), hit.group.name) : undefined;
    const guestLabel = language ? guestWords(translateLabel(hit.choice.label, hit.choice.translations, language), hit.choice.label) : undefined;
    picked.push({
      groupId: hit.group.id,
      groupName: hit.group.name,
      choiceId: hit.choice.id,
      label: hit.choice.label,
      priceDeltaMinor: hit.choice.priceDeltaMinor,
      ...(guestGroupName !== undefined ? { guestGroupName } : {}),
      ...(guestLabel !== undefined ? { guestLabel } : {}),
    });
  }
  for (const group of item.optionGroups) {
    const n = picked.filter((p) => p.groupId === group.id).length;
    if (group.required && n === 0) err("OPTION_REQUIRED", `Choose ${group.name.toLowerCase()} for ${item.name}`, group.id);
    if (n > group.maxChoices) err("TOO_MANY_CHOICES", `Choose at most ${group.maxChoices} for ${group.name.toLowerCase()} (${item.name})`, group.id);
  }
  if (errors.length) return { ok: false, errors };

  // Keep the menu's group and choice order, whatever order the client sent.
  const order = [...byChoice.keys()];
  picked.sort((a, b) => order.indexOf(a.choiceId) - order.indexOf(b.choiceId));
  const unit = item.priceMinor + picked.reduce((s, p) => s + p.priceDeltaMinor, 0);
  const instructions = req.instructions?.trim() ? req.instructions.trim() : null;
  return {
    ok: true,
    value: {
      itemId: item.id,
      name: item.name,
      guestName: (language ? guestWords(translateText(item, language).name, item.name) : undefined) ?? null,
      options: picked,
      quantity: req.quantity,
      basePriceMinor: item.priceMinor,
      unitPriceMinor: unit,
      lineTotalMinor: unit * req.quantity,
      instructions,
      allergens: [...(req.allergies?.allergens ?? [])],
      allergyNote: req.allergies?.note ?? null,
      contains: [...item.allergens],
      prepMinutes: item.prepMinutes ?? hotel.defaultPrepMinutes,
    },
  };
}

/**
 * Validates requested lines against the menu and prices them: each item must exist in this
 * hotel, be on this menu, not be sold out and be orderable at `at` in the hotel's time zone;
 * required choice groups must be answered, with known choices and no more than allowed. Returns
 * every problem found (one per rule and line), or the priced lines with server-computed totals.
 */
export function priceLines(input: PricingInput): PricingResult {
  const { hotel, menu, lines, at } = input;
  if (lines.length === 0) return { ok: false, errors: [{ line: null, itemId: null, code: "EMPTY_ORDER", message: "Add at least one item" }] };
  if (lines.length > MAX_LINES) return { ok: false, errors: [{ line: null, itemId: null, code: "TOO_MANY_LINES", message: `At most ${MAX_LINES} lines per order` }] };

  const byId = new Map(input.items.filter((i) => i.hotelId === hotel.id && !i.deletedAt).map((i) => [i.id, i]));
  const errors: PricingError[] = [];
  const priced: PricedLine[] = [];
  lines.forEach((req, line) => {
    if (!Number.isInteger(req.quantity) || req.quantity < 1 || req.quantity > MAX_QUANTITY) {
      errors.push({ line, itemId: req.item_id, code: "INVALID_QUANTITY", message: `Quantity must be a whole number from 1 to ${MAX_QUANTITY}` });
      return;
    }
    const item = byId.get(req.item_id);
    if (!item) {
      errors.push({ line, itemId: req.item_id, code: "ITEM_NOT_FOUND", message: "This item is not on the menu" });
      return;
    }
    const availability = itemAvailability(item, menu, hotel, at);
    if (!availability.orderable) {
      errors.push({ line, itemId: item.id, code: availability.code, message: `${item.name} is ${availability.reason}` });
      return;
    }
    const r = priceOne(item, req, line, hotel, input.language ?? null);
    if (r.ok) priced.push(r.value);
    else errors.push(...r.errors);
  });
  if (errors.length) return { ok: false, errors };

  const subtotal = priced.reduce((s, l) => s + l.lineTotalMinor, 0);
  if (subtotal > MAX_ORDER_TOTAL_MINOR) {
    return { ok: false, errors: [{ line: null, itemId: null, code: "ORDER_TOO_LARGE", message: "This order is too large to place in one go; please ask the front desk" }] };
  }
  return {
    ok: true,
    currency: hotel.currency,
    lines: priced,
    subtotalMinor: subtotal,
    // No service charge or tax yet: the total is the subtotal, kept apart so one can be added.
    totalMinor: subtotal,
    itemsCount: priced.reduce((s, l) => s + l.quantity, 0),
    prepMinutes: Math.max(...priced.map((l) => l.prepMinutes)),
  };
}

const UNAVAILABLE: ReadonlySet<PricingErrorCode> = new Set(["SOLD_OUT", "NOT_AVAILABLE_NOW"]);

/**
 * One AppError for a failed pricing: 400 NOT_AVAILABLE when an item cannot be had right now,
 * 400 VALIDATION_ERROR otherwise; `fields` names each line (`items.2.options`).
 */
export function pricingErrorToAppError(errors: readonly PricingError[]): AppError {
  const fields: Record<string, string[]> = {};
  for (const e of errors) {
    const key = e.line === null ? "items" : `items.${e.line}.${e.code.includes("OPTION") || e.code === "TOO_MANY_CHOICES" ? "options" : e.code === "INVALID_QUANTITY" ? "quantity" : "item_id"}`;
    (fields[key] ??= []).push(e.message);
  }
  const first = errors[0];
  const code = errors.every((e) => UNAVAILABLE.has(e.code)) ? "NOT_AVAILABLE" : "VALIDATION_ERROR";
  return new AppError(code, first?.message ?? "Invalid order", fields);
}
