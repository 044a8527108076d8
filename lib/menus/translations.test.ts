import { describe, expect, it } from "vitest";
import { HOTEL_ID, menuItem } from "@/lib/testing/menu-items";
import { priceLines } from "./price-lines";
import { translateLabel, translateText, translationLocale } from "./translations";

const hotel = { id: HOTEL_ID, timezone: "Europe/Lisbon", currency: "EUR", roomServiceOpens: "00:00", roomServiceCloses: "00:00", defaultPrepMinutes: 20 };

describe("menu text in the guest's language", () => {
  it("translates into another of our languages only: the hotel's own, unknown or none is the text as written", () => {
    expect(translationLocale("pt", "en")).toBe("pt");
    expect(translationLocale("en", "en")).toBeNull();
    expect(translationLocale("pt", "pt")).toBeNull();
    expect(translationLocale("it", "en")).toBeNull();
    expect(translationLocale(null, "en")).toBeNull();
    expect(translationLocale(undefined, "en")).toBeNull();
  });

  it("falls back to the hotel's text field by field; blank translations count as missing", () => {
    const row = { name: "Pancakes", description: "Maple syrup, berries", translations: { pt: { name: "Panquecas" }, de: { name: "  ", description: "Ahornsirup, Beeren" } } };
    expect(translateText(row, "pt")).toEqual({ name: "Panquecas", description: "Maple syrup, berries" });
    expect(translateText(row, "de")).toEqual({ name: "Pancakes", description: "Ahornsirup, Beeren" });
    expect(translateText(row, "fr")).toEqual({ name: "Pancakes", description: "Maple syrup, berries" });
    expect(translateText(row, null)).toEqual({ name: "Pancakes", description: "Maple syrup, berries" });
    expect(translateText({ name: "Tea", description: null }, "ar")).toEqual({ name: "Tea", description: null });
    expect(translateLabel("Eggs", { pt: "Ovos", de: "" }, "pt")).toBe("Ovos");
    expect(translateLabel("Eggs", { pt: "Ovos", de: "" }, "de")).toBe("Eggs");
    expect(translateLabel("Eggs", undefined, "pt")).toBe("Eggs");
    expect(translateLabel("Eggs", { pt: "Ovos" }, null)).toBe("Eggs");
  });

  it("priced lines keep the guest's words beside the hotel's only when they differ", () => {
    const eggs = menuItem({
      name: "Eggs your way",
      priceMinor: 1100,
      translations: { pt: { name: "Ovos à sua escolha" } },
      optionGroups: [
        {
          id: "eggs",
          name: "Eggs",
          required: true,
          maxChoices: 1,
          translations: { pt: "Ovos" },
          choices: [
            { id: "fried", label: "Fried", priceDeltaMinor: 0, translations: { pt: "Estrelados" } },
            { id: "plain", label: "Plain", priceDeltaMinor: 0 },
          ],
        },
      ],
    });
    const price = (language: "pt" | "de" | null, choice: string) => priceLines({ hotel, menu: "room_service", items: [eggs], lines: [{ item_id: eggs.id, quantity: 1, options: [choice] }], at: new Date(), language });
    const pt = price("pt", "fried");
    expect(pt.ok && pt.lines[0]).toMatchObject({ name: "Eggs your way", guestName: "Ovos à sua escolha", options: [{ groupName: "Eggs", label: "Fried", guestGroupName: "Ovos", guestLabel: "Estrelados" }] });
    const plain = price("pt", "plain");
    expect(plain.ok && plain.lines[0]!.options[0]).toEqual({ groupId: "eggs", groupName: "Eggs", choiceId: "plain", label: "Plain", priceDeltaMinor: 0, guestGroupName: "Ovos" });
    for (const language of ["de", null] as const) {
      const r = price(language, "fried");
      expect(r.ok && r.lines[0]).toMatchObject({ name: "Eggs your way", guestName: null });
      expect(r.ok && r.lines[0]!.options[0]).toEqual({ groupId: "eggs", groupName: "Eggs", choiceId: "fried", label: "Fried", priceDeltaMinor: 0 });
    }
  });
});
