import { allergenLabel } from "@/lib/menus/labels";
import { ALLERGENS } from "@/lib/menus/allergens";

// What a guest declares about allergies and dietary needs, for a whole order or one dish, and
// what the kitchen must be told: every declaration in full, and each dish that contains a
// declared allergen. One module for the server's views and the portal's warnings before ordering; the input
// schemas are in allergy-schemas.ts, so the browser gets these rules without zod.

export const MAX_ALLERGY_NOTE = 300;

export type Allergen = (typeof ALLERGENS)[number];

/** What a guest declared: the allergens (catalogue codes, in catalogue order) and a free-text note. */
export type AllergyDeclaration = { allergens: Allergen[]; note: string | null };

export const isDeclared = (d: { allergens: readonly string[]; note: string | null }) => d.allergens.length > 0 || Boolean(d.note);

// Free text a guest typed in the wrong box still reaches the kitchen unclamped when it speaks of
// allergy (English words a kitchen's own staff would also use).
const ALLERGY_WORDS = /allerg|intoleran|anaphyla|coeliac|celiac|epipen|epi-pen/i;
export const mentionsAllergy = (text: string | null | undefined) => Boolean(text && ALLERGY_WORDS.test(text));

/** The declared allergens a dish contains, in the EU list's order. */
export function conflictsOf(contains: readonly string[], declared: readonly string[]): Allergen[] {
  return ALLERGENS.filter((a) => contains.includes(a) && declared.includes(a));
}

export type AllergyWarning = { line: number; item: string; allergen: Allergen; label: string; message: string };

/** "Club sandwich contains mustard — guest declared mustard". */
export function warningText(item: string, allergen: string, who = "guest"): string {
  const word = allergenLabel(allergen).toLowerCase();
  return `${item} contains ${word} — ${who} declared ${word}`;
}

export type AllergyAlertLine = { name: string; contains: readonly string[]; allergens: readonly string[]; allergyNote: string | null; instructions: string | null };

/** What the kitchen banner shows for an order; null when the order declares nothing. */
export type AllergyAlert = {
  allergens: { code: Allergen; label: string }[];
  /** Every allergy text of the order, in full: the order's note, each dish's, and notes that speak of allergy. */
  notes: string[];
  warnings: AllergyWarning[];
};

export function allergyAlert(order: { allergens: readonly string[]; allergyNote: string | null; notes: string | null }, lines: readonly AllergyAlertLine[]): AllergyAlert | null {
  const declared = new Set<string>([...order.allergens, ...lines.flatMap((l) => l.allergens)]);
  const notes = [order.allergyNote, ...lines.map((l) => (l.allergyNote ? `${l.name}: ${l.allergyNote}` : null))].filter((n): n is string => Boolean(n));
  if (mentionsAllergy(order.notes)) notes.push(order.notes!);
  for (const l of lines) if (mentionsAllergy(l.instructions)) notes.push(`${l.name}: ${l.instructions}`);
  const warnings = lines.flatMap((l, line) =>
    conflictsOf(l.contains, [...order.allergens, ...l.allergens]).map((allergen) => ({ line, item: l.name, allergen, label: allergenLabel(allergen), message: warningText(l.name, allergen) })),
  );
  if (declared.size === 0 && notes.length === 0) return null;
  return { allergens: ALLERGENS.filter((a) => declared.has(a)).map((code) => ({ code, label: allergenLabel(code) })), notes, warnings };
}
