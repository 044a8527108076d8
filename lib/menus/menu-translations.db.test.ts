import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hotels, menuCategories, menuItems, outboxEvents } from "@/lib/db/schema";
import { parseWith } from "@/lib/http/parse";
import { testHotel } from "@/lib/testing/fixtures";
import { createCategory, updateCategory } from "./edit-categories";
import { createItem, updateItem } from "./edit-items";
import { menuLanguageParam, readGuestMenu } from "./guest-menu";
import type { MenuActor } from "./menu-actor";
import { LANGUAGE_KEY_MESSAGE, menuCategorySchema, menuItemPatchSchema, menuItemSchema } from "./schemas";

// Menu content per guest language (issue 24): the guest menu in the guest's language with the
// hotel's text wherever a translation is missing, and the editor's translations validated and saved.

async function setup(defaultLanguage = "en") {
  const hotel = await testHotel();
  await getDb().execute(sql`update hotels set room_service_opens = '00:00', room_service_closes = '00:00', default_language = ${defaultLanguage} where id = ${hotel.id}`);
  const [fresh] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
  const actor: MenuActor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel: fresh! };
  const cat = await createCategory(
    actor,
    menuCategorySchema.parse({ name: "Breakfast", description: "Served in your room", translations: { pt: { name: "Pequeno-almoço", description: "Servido no seu quarto" }, de: { name: "Frühstück" } } }),
  );
  const eggs = await createItem(
    actor,
    menuItemSchema.parse({
      categoryId: cat.id,
      name: "Eggs your way",
      description: "Two eggs on sourdough",
      priceMinor: 1100,
      translations: { pt: { name: "Ovos à sua escolha", description: "Dois ovos sobre pão de fermentação natural" }, de: { name: "Eier nach Wahl" }, ar: { description: "بيضتان على خبز العجين المخمّر" } },
      optionGroups: [
        {
          name: "Eggs",
          required: true,
          translations: { pt: "Ovos", ar: "البيض" },
          choices: [
            { label: "Fried", translations: { pt: "Estrelados", de: "Spiegelei" } },
            { label: "Scrambled", translations: { pt: "Mexidos" } },
          ],
        },
      ],
    }),
  );
  return { hotel: fresh!, actor, cat, eggs };
}

const firstItem = (v: Awaited<ReturnType<typeof readGuestMenu>>) => v.categories[0]!.items[0]!;
const words = (v: Awaited<ReturnType<typeof readGuestMenu>>) => {
  const c = v.categories[0]!;
  const i = c.items[0]!;
  return { category: [c.name, c.description], item: [i.name, i.description], group: i.options[0]!.name, choices: i.options[0]!.choices.map((x) => x.label) };
};

describe("the guest menu in the guest's language", () => {
  it("translates every field that has a translation and falls back to the hotel's text, field by field", async () => {
    const { hotel } = await setup();
    expect(words(await readGuestMenu(hotel, "room_service", "pt"))).toEqual({
      category: ["Pequeno-almoço", "Servido no seu quarto"],
      item: ["Ovos à sua escolha", "Dois ovos sobre pão de fermentação natural"],
      group: "Ovos",
      choices: ["Estrelados", "Mexidos"],
    });
    // German: names translated, descriptions and the group not: the hotel's words there.
    expect(words(await readGuestMenu(hotel, "room_service", "de"))).toEqual({
      category: ["Frühstück", "Served in your room"],
      item: ["Eier nach Wahl", "Two eggs on sourdough"],
      group: "Eggs",
      choices: ["Spiegelei", "Scrambled"],
    });
    // Arabic: a description without a name.
    expect(words(await readGuestMenu(hotel, "room_service", "ar"))).toEqual({
      category: ["Breakfast", "Served in your room"],
      item: ["Eggs your way", "بيضتان على خبز العجين المخمّر"],
      group: "البيض",
      choices: ["Fried", "Scrambled"],
    });
  });

  it("speaks the hotel's text with no language, one we do not have, or the hotel's own; the rest of the view is the same", async () => {
    const { hotel } = await setup();
    const english = await readGuestMenu(hotel, "room_service");
    expect(words(english)).toEqual({ category: ["Breakfast", "Served in your room"], item: ["Eggs your way", "Two eggs on sourdough"], group: "Eggs", choices: ["Fried", "Scrambled"] });
    for (const language of ["it", "", null, "en", "xx-YY"]) expect(words(await readGuestMenu(hotel, "room_service", language))).toEqual(words(english));
    // Only the words change: ids, prices, flags and the shape stay.
    const pt = await readGuestMenu(hotel, "room_service", "pt");
    const strip = (v: typeof pt) => ({ ...v, generated_at: "", categories: v.categories.map((c) => ({ ...c, name: "", description: "", items: c.items.map((i) => ({ ...i, name: "", description: "", options: i.options.map((g) => ({ ...g, name: "", choices: g.choices.map((x) => ({ ...x, label: "" })) })) })) })) });
    expect(strip(pt)).toEqual(strip(english));
    expect(Object.keys(firstItem(pt)).sort()).toEqual(Object.keys(firstItem(english)).sort());
  });

  it("a hotel whose own language is Portuguese shows its text as written to a Portuguese guest, and translations to others", async () => {
    const { hotel } = await setup("pt");
    // The Portuguese entry is not the menu: the text as written is.
    expect(firstItem(await readGuestMenu(hotel, "room_service", "pt")).name).toBe("Eggs your way");
    expect(firstItem(await readGuestMenu(hotel, "room_service", "de")).name).toBe("Eier nach Wahl");
    expect(firstItem(await readGuestMenu(hotel, "room_service", null)).name).toBe("Eggs your way");
  });

  it("the public API's ?lang= names one of our languages, a regional tag included; anything else is the hotel's", () => {
    const lang = (q: string) => menuLanguageParam(new Request(`http://localhost/api/public/hotel/x/room-services/menu/${q}`));
    expect([lang("?lang=pt"), lang("?lang=de-CH"), lang("?lang=AR"), lang("?lang=it"), lang(""), lang("?lang="), lang(`?lang=${"x".repeat(500)}`)]).toEqual(["pt", "de", "ar", null, null, null, null]);
  });
});

describe("the menu editor's translations", () => {
  async function menuEvents(slug: string) {
    const rows = await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "menu.changed"));
    return rows.filter((r) => r.payload.hotel === slug).length;
  }

  it("saves them per language, drops empty fields, and keeps them on an edit that does not carry them", async () => {
    const { actor, cat, eggs } = await setup();
    const edited = await updateItem(
      actor,
      eggs.id,
      parseWith(menuItemPatchSchema, {
        translations: { pt: { name: "  Ovos ao seu gosto ", description: "" }, de: { name: "", description: "" }, fr: { name: "Œufs à votre façon", description: "Deux œufs sur pain au levain" } },
        optionGroups: [{ ...eggs.optionGroups[0]!, translations: { pt: "Ovos", de: "", fr: "Œufs" }, choices: eggs.optionGroups[0]!.choices.map((c) => ({ ...c, translations: { fr: c.label === "Fried" ? "Au plat" : "" } })) }],
      }),
    );
    expect(edited.translations).toEqual({ pt: { name: "Ovos ao seu gosto" }, fr: { name: "Œufs à votre façon", description: "Deux œufs sur pain au levain" } });
    expect(edited.optionGroups[0]).toMatchObject({ id: eggs.optionGroups[0]!.id, translations: { pt: "Ovos", fr: "Œufs" } });
    expect(edited.optionGroups[0]!.choices.map((c) => c.translations)).toEqual([{ fr: "Au plat" }, undefined]);
    expect(edited.optionGroups[0]!.choices.map((c) => c.id)).toEqual(eggs.optionGroups[0]!.choices.map((c) => c.id));

    // A price change alone keeps every translation.
    const repriced = await updateItem(actor, eggs.id, parseWith(menuItemPatchSchema, { priceMinor: 1200 }));
    expect(repriced.translations).toEqual(edited.translations);
    // All empty: untranslated again.
    const cleared = await updateItem(actor, eggs.id, parseWith(menuItemPatchSchema, { translations: { pt: { name: " ", description: "" } } }));
    expect(cleared.translations).toEqual({});

    // A category: renamed without translations keeps them; with them, they are replaced.
    await updateCategory(actor, cat.id, menuCategorySchema.parse({ name: "Breakfast in bed" }));
    const [kept] = await getDb().select().from(menuCategories).where(eq(menuCategories.id, cat.id));
    expect(kept).toMatchObject({ name: "Breakfast in bed", translations: { pt: { name: "Pequeno-almoço", description: "Servido no seu quarto" }, de: { name: "Frühstück" } } });
    const renamed = await updateCategory(actor, cat.id, menuCategorySchema.parse({ name: "Breakfast in bed", translations: { es: { name: "Desayuno en la cama" }, pt: { name: "" } } }));
    expect(renamed.translations).toEqual({ es: { name: "Desayuno en la cama" } });
  });

  it("refuses a key that is not a guest language, or a bad text, and writes nothing", async () => {
    const { hotel, actor, cat, eggs } = await setup();
    const before = await menuEvents(hotel.slug);
    const refused = (input: unknown) => {
      const r = menuItemPatchSchema.safeParse(input);
      return r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(refused({ translations: { it: { name: "Uova" } } })).toEqual([["translations.it", LANGUAGE_KEY_MESSAGE]]);
    expect(refused({ translations: { PT: { name: "Ovos" } } })).toEqual([["translations.PT", LANGUAGE_KEY_MESSAGE]]);
    expect(refused({ translations: { pt: { title: "Ovos" } } })?.[0]?.[0]).toBe("translations.pt");
    expect(refused({ translations: { pt: { name: "Ovos\nmexidos" } } })).toEqual([["translations.pt.name", "Must be a single line"]]);
    expect(refused({ translations: { pt: { name: "x".repeat(121) } } })).toEqual([["translations.pt.name", "At most 120 characters"]]);
    expect(refused({ translations: ["pt"] })?.[0]?.[0]).toBe("translations");
    expect(refused({ optionGroups: [{ name: "Eggs", choices: [{ label: "Fried", translations: { klingon: "x" } }] }] })).toEqual([["optionGroups.0.choices.0.translations.klingon", LANGUAGE_KEY_MESSAGE]]);
    expect(menuCategorySchema.safeParse({ name: "Mains", translations: { "pt-PT": { name: "Pratos" } } }).success).toBe(false);
    expect(() => parseWith(menuItemPatchSchema, { translations: { it: { name: "Uova" } } })).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR", fields: { "translations.it": [LANGUAGE_KEY_MESSAGE] } }));

    // Past the route's parse, the use case checks the merged item again: a stored bad key never lands.
    const sneaky = { optionGroups: [{ ...eggs.optionGroups[0]!, translations: { xx: "?" } }] } as unknown as Parameters<typeof updateItem>[2];
    await expect(updateItem(actor, eggs.id, sneaky)).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { "optionGroups.0.translations.xx": [LANGUAGE_KEY_MESSAGE] } });
    const [row] = await getDb().select().from(menuItems).where(eq(menuItems.id, eggs.id));
    expect(row!.optionGroups).toEqual(eggs.optionGroups);
    expect(row!.translations).toEqual(eggs.translations);
    const [category] = await getDb().select().from(menuCategories).where(eq(menuCategories.id, cat.id));
    expect(category!.translations).toEqual(cat.translations);
    expect(await menuEvents(hotel.slug)).toBe(before);
  });
});
