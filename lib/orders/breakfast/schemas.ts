import { z } from "zod";
import { orderLinesSchema } from "@/lib/menus/schemas";
import { allergyDeclarationSchema, optionalAllergiesSchema } from "@/lib/orders/allergy-schemas";
import { orderLanguageSchema } from "@/lib/orders/schemas";
import { isoDateSchema, optionalTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";

// One set of schemas for the guest portal's breakfast form and the public API.

/** Guests as a JSON number: "2" is refused like a quantity, so a client bug shows up at once. */
const guestsSchema = z.number("Guests must be a number").int("Guests must be a whole number").min(1, "At least 1 guest").max(20, "At most 20 guests");

export const breakfastOrderSchema = z.object({
  delivery_date: isoDateSchema,
  // Optional for the seed's clients (delivery_date and items only): the first slot and the whole party.
  time_slot: wallClockTimeSchema.optional(),
  guests: guestsSchema.optional(),
  items: orderLinesSchema,
  notes: optionalTextSchema(500),
  allergies: optionalAllergiesSchema,
  // The language the guest read the menu in (lib/orders/schemas.ts).
  language: orderLanguageSchema,
  guest_token: z.string().max(200).optional(),
});
export type BreakfastOrderInput = z.infer<typeof breakfastOrderSchema>;

/** PATCH: any of slot, guests, items, notes; the date is fixed (cancel and order again for another morning). */
export const breakfastChangeSchema = z
  .object({
    time_slot: wallClockTimeSchema.optional(),
    guests: guestsSchema.optional(),
    items: orderLinesSchema.optional(),
    notes: optionalTextSchema(500).optional(),
    // Replaces the order's declaration; null clears it.
    allergies: allergyDeclarationSchema.nullable().optional(),
    // The language of the new items' words (lib/orders/schemas.ts); alone it changes nothing.
    language: orderLanguageSchema,
    guest_token: z.string().max(200).optional(),
  })
  .strict()
  .refine((v) => v.time_slot !== undefined || v.guests !== undefined || v.items !== undefined || v.notes !== undefined || v.allergies !== undefined, "Nothing to change");
export type BreakfastChangeInput = z.infer<typeof breakfastChangeSchema>;

export const breakfastDateQuerySchema = z.object({ date: isoDateSchema });
export const optionalDateQuerySchema = z.object({ date: isoDateSchema.optional() });
