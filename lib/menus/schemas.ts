import { z } from "zod";
import type { LabelTranslations, TextTranslations } from "@/lib/db/schema";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { optionalTextSchema, requiredTextSchema } from "@/lib/validation/fields";
import { optionalAllergiesSchema } from "@/lib/orders/allergy-schemas";
import { ALLERGENS } from "./allergens";
import { HHMM } from "./hours";
import { MAX_LINES, MAX_QUANTITY } from "./price-lines";

// One set of schemas for the console forms, the console API and the (later) order endpoints.

export const DIETARY_TAGS = ["vegetarian", "vegan", "gluten_free", "dairy_free", "nut_free", "halal", "spicy"] as const;
export { ALLERGENS } from "./allergens";

export const MAX_PRICE_MINOR = 1_000_000;
const OPTION_ID = /^[a-z0-9-]{1,40}$/;

const uuid = z.uuid("Not a valid id");
const hhmm = z.string().regex(HHMM, "Use 24-hour time like 18:00");
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, "Each value only once");

// Menu text in other languages than the hotel's own (lib/menus/translations.ts reads them). Keyed
// by guest language; another key is refused. A blank field is untranslated and is not stored.

export const LANGUAGE_KEY_MESSAGE = `Not a guest language (${LOCALES.join(", ")})`;

function byLanguage<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value, "Give the translations per language").superRefine((r, ctx) => {
    for (const key of Object.keys(r)) if (!isLocale(key)) ctx.addIssue({ code: "custom", path: [key], message: LANGUAGE_KEY_MESSAGE });
  });
}

/** An option group's name or a choice's label per language. */
export const labelTranslationsSchema = byLanguage(optionalTextSchema(60, { singleLine: true })).transform((r) => {
  const out: LabelTranslations = {};
  for (const [key, text] of Object.entries(r)) if (isLocale(key) && text) out[key] = text;
  return out;
});

/** A category's or item's name and description per language (the same limits as the hotel's text). */
export const textTranslationsSchema = (nameMax: number, descriptionMax: number) =>
  byLanguage(z.object({ name: optionalTextSchema(nameMax, { singleLine: true }), description: optionalTextSchema(descriptionMax) }).strict()).transform((r) => {
    const out: TextTranslations = {};
    for (const [key, t] of Object.entries(r)) {
      if (isLocale(key) && (t.name || t.description)) out[key] = { ...(t.name ? { name: t.name } : {}), ...(t.description ? { description: t.description } : {}) };
    }
    return out;
  });

export const optionChoiceSchema = z.object({
  id: z.string().regex(OPTION_ID).optional(),
  label: requiredTextSchema(60, { singleLine: true }),
  priceDeltaMinor: z.number().int("Whole minor units").min(0, "Cannot be negative").max(MAX_PRICE_MINOR).default(0),
  translations: labelTranslationsSchema.optional(),
});

export const optionGroupSchema = z
  .object({
    id: z.string().regex(OPTION_ID).optional(),
    name: requiredTextSchema(60, { singleLine: true }),
    required: z.boolean().default(false),
    maxChoices: z.number().int().min(1).max(20).default(1),
    choices: z.array(optionChoiceSchema).min(1, "Add at least one choice").max(20, "At most 20 choices"),
    translations: labelTranslationsSchema.optional(),
  })
  .refine((g) => g.maxChoices <= g.choices.length, { path: ["maxChoices"], message: "More than the number of choices" });

const itemFields = {
  categoryId: uuid,
  name: requiredTextSchema(120, { singleLine: true }),
  description: optionalTextSchema(500),
  priceMinor: z.number("Enter a price").int("Whole minor units").min(0, "Cannot be negative").max(MAX_PRICE_MINOR, "Too high"),
  dietaryTags: uniqueList(z.enum(DIETARY_TAGS), DIETARY_TAGS.length).default([]),
  allergens: uniqueList(z.enum(ALLERGENS), ALLERGENS.length).default([]),
  onRoomService: z.boolean().default(true),
  onBreakfast: z.boolean().default(false),
  availableFrom: hhmm.nullish().transform((v) => v ?? null),
  availableUntil: hhmm.nullish().transform((v) => v ?? null),
  prepMinutes: z.number().int("Whole minutes").min(1, "At least 1 minute").max(240, "At most 240 minutes").nullish().transform((v) => v ?? null),
  soldOut: z.boolean().default(false),
  optionGroups: z.array(optionGroupSchema).max(10, "At most 10 groups").default([]),
  // Absent: none on a new item, unchanged on an edit.
  translations: textTranslationsSchema(120, 500).optional(),
};

type ItemShape = { onRoomService: boolean; onBreakfast: boolean; availableFrom: string | null; availableUntil: string | null; optionGroups: { id?: string; choices: { id?: string }[] }[] };

function checkItem(v: ItemShape, ctx: z.RefinementCtx) {
  if (!v.onRoomService && !v.onBreakfast) ctx.addIssue({ code: "custom", path: ["onRoomService"], message: "Put the item on at least one menu" });
  if ((v.availableFrom === null) !== (v.availableUntil === null)) ctx.addIssue({ code: "custom", path: ["availableUntil"], message: "Give both times or neither" });
  if (v.availableFrom && v.availableFrom === v.availableUntil) ctx.addIssue({ code: "custom", path: ["availableUntil"], message: "End must differ from start (leave both empty for all day)" });
  const ids = v.optionGroups.flatMap((g) => [g.id, ...g.choices.map((c) => c.id)]).filter(Boolean);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["optionGroups"], message: "Option ids must be unique" });
}

export const menuItemSchema = z.object(itemFields).superRefine(checkItem);
export type MenuItemInput = z.infer<typeof menuItemSchema>;

// A PATCH names only what changes: a field's default ("not sold out", "no allergens") would
// otherwise fill every absent field and silently reset it (a sold-out switch wiping allergens).
const patchFields = Object.fromEntries(Object.entries(itemFields).map(([k, f]) => [k, f instanceof z.ZodDefault ? f.unwrap() : f])) as {
  [K in keyof typeof itemFields]: (typeof itemFields)[K] extends z.ZodDefault<infer T> ? T : (typeof itemFields)[K];
};

/** PATCH: any subset; the domain merges it with the stored item and checks the result with menuItemSchema. */
export const menuItemPatchSchema = z.object(patchFields).partial().strict();
export type MenuItemPatchInput = z.infer<typeof menuItemPatchSchema>;

export const menuCategorySchema = z.object({
  name: requiredTextSchema(80, { singleLine: true }),
  description: optionalTextSchema(300),
  // Absent: none on a new category, unchanged on an edit.
  translations: textTranslationsSchema(80, 300).optional(),
});
export type MenuCategoryInput = z.infer<typeof menuCategorySchema>;

export const soldOutSchema = z.object({ soldOut: z.boolean("soldOut must be true or false") });

export const reorderSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("categories"), ids: uniqueList(uuid, 200).pipe(z.array(uuid).min(1)) }),
  z.object({ type: z.literal("items"), categoryId: uuid, ids: uniqueList(uuid, 500).pipe(z.array(uuid).min(1)) }),
]);
export type ReorderInput = z.infer<typeof reorderSchema>;

export const idParamSchema = uuid;

/** An order's lines as the guest API receives them (quantity must be a JSON number: "2" is refused). */
export const orderLineSchema = z.object({
  item_id: uuid,
  quantity: z.number("Quantity must be a number").int("Quantity must be a whole number").min(1, "At least 1").max(MAX_QUANTITY, `At most ${MAX_QUANTITY}`),
  options: uniqueList(z.string().max(60), 40).default([]),
  instructions: optionalTextSchema(500),
  // This dish's allergies / dietary needs (the order's own apply to every line as well).
  allergies: optionalAllergiesSchema,
});
export const orderLinesSchema = z.array(orderLineSchema).min(1, "Add at least one item").max(MAX_LINES, `At most ${MAX_LINES} lines`);
export type OrderLineInput = z.infer<typeof orderLineSchema>;
