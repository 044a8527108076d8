import { describe, expect, it } from "vitest";
import { orderLineSchema } from "@/lib/menus/schemas";
import { allergyAlert, conflictsOf } from "./allergies";
import { allergyDeclarationSchema, optionalAllergiesSchema } from "./allergy-schemas";

const line = (name: string, contains: string[], extra: Partial<{ allergens: string[]; allergyNote: string | null; instructions: string | null }> = {}) => ({
  name,
  contains,
  allergens: extra.allergens ?? [],
  allergyNote: extra.allergyNote ?? null,
  instructions: extra.instructions ?? null,
});

describe("allergy declarations", () => {
  it("accepts the 14 codes only, once each in the EU list's order, and a cleaned note", () => {
    expect(allergyDeclarationSchema.parse({ allergens: ["mustard", "celery", "mustard"], note: "  severe\u202E " })).toEqual({ allergens: ["celery", "mustard"], note: "severe" });
    expect(allergyDeclarationSchema.safeParse({ allergens: ["shellfish"] }).success).toBe(false);
    expect(allergyDeclarationSchema.safeParse({ allergens: "mustard" }).success).toBe(false);
    expect(allergyDeclarationSchema.safeParse({ allergens: [], note: "x".repeat(301) }).success).toBe(false);
    expect(allergyDeclarationSchema.safeParse({ allergens: [], extra: 1 }).success).toBe(false);
    expect(optionalAllergiesSchema.parse(undefined)).toEqual({ allergens: [], note: null });
    expect(optionalAllergiesSchema.parse(null)).toEqual({ allergens: [], note: null });
  });

  it("is part of an order line", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(orderLineSchema.parse({ item_id: id, quantity: 1 }).allergies).toEqual({ allergens: [], note: null });
    expect(orderLineSchema.parse({ item_id: id, quantity: 1, allergies: { allergens: ["milk"] } }).allergies).toEqual({ allergens: ["milk"], note: null });
  });
});

describe("allergyAlert", () => {
  it("is null when nothing is declared and no note speaks of allergy", () => {
    expect(allergyAlert({ allergens: [], allergyNote: null, notes: "Ring twice" }, [line("Club sandwich", ["mustard"], { instructions: "no tomato" })])).toBeNull();
  });

  it("names each dish that contains a declared allergen, from the order's or the line's own declaration", () => {
    const alert = allergyAlert({ allergens: ["mustard"], allergyNote: "My son: severe", notes: null }, [
      line("Club sandwich", ["gluten", "eggs", "mustard"]),
      line("Caesar salad", ["gluten", "milk", "eggs", "fish"], { allergens: ["fish"], allergyNote: "no anchovy" }),
      line("Juice", []),
    ]);
    expect(alert).toEqual({
      allergens: [
        { code: "fish", label: "Fish" },
        { code: "mustard", label: "Mustard" },
      ],
      notes: ["My son: severe", "Caesar salad: no anchovy"],
      warnings: [
        { line: 0, item: "Club sandwich", allergen: "mustard", label: "Mustard", message: "Club sandwich contains mustard — guest declared mustard" },
        { line: 1, item: "Caesar salad", allergen: "fish", label: "Fish", message: "Caesar salad contains fish — guest declared fish" },
      ],
    });
  });

  it("keeps a note or instruction that speaks of allergy, though typed in the wrong box", () => {
    const alert = allergyAlert({ allergens: [], allergyNote: null, notes: "No mustard at all please, my son has a severe allergy" }, [line("Burger", [], { instructions: "Coeliac, please" })]);
    expect(alert?.notes).toEqual(["No mustard at all please, my son has a severe allergy", "Burger: Coeliac, please"]);
    expect(alert?.warnings).toEqual([]);
  });

  it("conflictsOf lists only allergens both contained and declared", () => {
    expect(conflictsOf(["milk", "nuts"], ["nuts", "peanuts"])).toEqual(["nuts"]);
    expect(conflictsOf([], ["nuts"])).toEqual([]);
  });
});
