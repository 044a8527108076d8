import { z } from "zod";
import { ALLERGENS } from "@/lib/menus/allergens";
import { optionalTextSchema } from "@/lib/validation/fields";
import { MAX_ALLERGY_NOTE, type AllergyDeclaration } from "./allergies";

// How the order APIs read a guest's allergy declaration (lib/orders/allergies.ts has the rules).

/** `{ allergens: ["mustard"], note: "my son: severe" }`; both optional, nothing declared when empty. */
export const allergyDeclarationSchema = z
  .object({
    allergens: z
      .array(z.enum(ALLERGENS, `Allergens must be among: ${ALLERGENS.join(", ")}`))
      .max(ALLERGENS.length)
      .default([])
      // The same allergen twice is one declaration, not an error a worried guest must fix.
      .transform((a) => ALLERGENS.filter((x) => a.includes(x))),
    note: optionalTextSchema(MAX_ALLERGY_NOTE, { label: "Allergy note" }),
  })
  .strict();

/** Absent, null or `{}` all mean nothing declared. */
export const optionalAllergiesSchema = allergyDeclarationSchema.nullish().transform((v): AllergyDeclaration => v ?? { allergens: [], note: null });
