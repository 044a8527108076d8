import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { menuCategories, menuItems, type MenuOptionGroup, type NewMenuItem } from "@/lib/db/schema";

// Realistic demo menus, one per demo hotel (prices in that hotel's currency's minor units).
// Option ids are readable and stable so demos and scripts can name them.

type DemoItem = Omit<NewMenuItem, "hotelId" | "categoryId" | "position">;
type DemoMenu = { category: string; description?: string; items: DemoItem[] }[];

const g = (id: string, name: string, choices: [string, string, number][], opts: { required?: boolean; max?: number } = {}): MenuOptionGroup => ({
  id,
  name,
  required: opts.required ?? false,
  maxChoices: opts.max ?? 1,
  choices: choices.map(([cid, label, priceDeltaMinor]) => ({ id: `${id}-${cid}`, label, priceDeltaMinor })),
});

const eggs = g("eggs", "Eggs", [["fried", "Fried", 0], ["scrambled", "Scrambled", 0], ["poached", "Poached", 0]], { required: true });
const breakfastSides = g("sides", "Add", [["bacon", "+ bacon", 300], ["avocado", "+ avocado", 250], ["salmon", "+ smoked salmon", 450]], { max: 3 });
const milk = g("milk", "Milk", [["whole", "Whole milk", 0], ["oat", "Oat milk", 50], ["none", "No milk", 0]]);
const doneness = g("cook", "Cooking", [["rare", "Rare", 0], ["medium", "Medium", 0], ["well", "Well done", 0]], { required: true });
const sizes = g("size", "Size", [["glass", "Glass", 0], ["bottle", "Bottle", 2200]], { required: true });

const GRAND_HARBOUR: DemoMenu = [
  {
    category: "Starters & salads",
    items: [
      { name: "Caldo verde", description: "Kale and potato soup with chouriço", priceMinor: 750, allergens: ["celery"], prepMinutes: 10, optionGroups: [g("chourico", "Chouriço", [["with", "With chouriço", 0], ["without", "Without (vegetarian)", 0]], { required: true })] },
      { name: "Caesar salad", description: "Romaine, parmesan, croutons, anchovy dressing", priceMinor: 1250, allergens: ["gluten", "milk", "eggs", "fish"], prepMinutes: 12, optionGroups: [g("protein", "Add", [["chicken", "+ grilled chicken", 400], ["prawns", "+ prawns", 600]])] },
      { name: "Hummus & flatbread", priceMinor: 900, dietaryTags: ["vegan"], allergens: ["sesame", "gluten"], prepMinutes: 8 },
      { name: "Burrata with tomatoes", priceMinor: 1350, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk"] },
    ],
  },
  {
    category: "Mains",
    items: [
      { name: "Harbour burger", description: "Aged beef, cheddar, pickles, fries", priceMinor: 1950, allergens: ["gluten", "milk", "mustard", "sesame"], prepMinutes: 25, optionGroups: [doneness, g("extras", "Extras", [["bacon", "+ bacon", 300], ["egg", "+ fried egg", 200], ["cheese", "+ extra cheddar", 150]], { max: 3 })] },
      { name: "Grilled sea bass", description: "Lemon, olive oil, new potatoes", priceMinor: 2600, dietaryTags: ["gluten_free", "dairy_free"], allergens: ["fish"], prepMinutes: 30 },
      { name: "Bacalhau à Brás", description: "Salt cod, straw potatoes, egg, olives", priceMinor: 2100, allergens: ["fish", "eggs"], prepMinutes: 25 },
      { name: "Mushroom risotto", priceMinor: 1800, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk", "celery"], prepMinutes: 25 },
      { name: "Club sandwich", description: "Chicken, bacon, egg, tomato, fries", priceMinor: 1650, allergens: ["gluten", "eggs", "mustard"], prepMinutes: 15, optionGroups: [g("bread", "Bread", [["white", "White", 0], ["brown", "Wholemeal", 0], ["gf", "Gluten-free", 150]], { required: true })] },
    ],
  },
  {
    category: "Late night",
    description: "From 18:00 until the kitchen closes",
    items: [
      { name: "Croque monsieur", priceMinor: 1200, allergens: ["gluten", "milk"], availableFrom: "18:00", availableUntil: "02:00", prepMinutes: 12 },
      { name: "Cheese & charcuterie board", priceMinor: 1900, allergens: ["milk", "nuts"], availableFrom: "18:00", availableUntil: "02:00", prepMinutes: 10 },
    ],
  },
  {
    category: "Desserts",
    items: [
      { name: "Pastéis de nata (2)", priceMinor: 450, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], prepMinutes: 5 },
      { name: "Chocolate fondant", priceMinor: 850, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], prepMinutes: 15, optionGroups: [g("side", "Served with", [["icecream", "Vanilla ice cream", 0], ["cream", "Whipped cream", 0]], { required: true })] },
      { name: "Fresh fruit plate", priceMinor: 700, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 8, onBreakfast: true },
    ],
  },
  {
    category: "Drinks",
    items: [
      { name: "Fresh orange juice", priceMinor: 450, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 5, onBreakfast: true },
      { name: "Coffee", priceMinor: 300, dietaryTags: ["vegan"], prepMinutes: 5, onBreakfast: true, optionGroups: [g("style", "Style", [["espresso", "Espresso", 0], ["americano", "Americano", 0], ["latte", "Latte", 100], ["cappuccino", "Cappuccino", 100]], { required: true }), milk] },
      { name: "Vinho verde", priceMinor: 700, allergens: ["sulphites"], prepMinutes: 5, optionGroups: [sizes] },
    ],
  },
  {
    category: "Breakfast",
    description: "Ordered the evening before, served in your room",
    items: [
      { name: "Full breakfast", description: "Eggs, bacon, sausage, beans, tomato, toast", priceMinor: 1800, allergens: ["gluten", "eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs] },
      { name: "Eggs your way", description: "Two eggs on sourdough", priceMinor: 1100, dietaryTags: ["vegetarian"], allergens: ["gluten", "eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs, breakfastSides] },
      { name: "Pancakes", description: "Maple syrup, berries", priceMinor: 1050, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Yoghurt & granola", priceMinor: 800, dietaryTags: ["vegetarian"], allergens: ["milk", "nuts", "gluten"], onRoomService: false, onBreakfast: true },
      { name: "Continental basket", description: "Croissant, pão de Deus, jam, butter", priceMinor: 950, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Avocado toast", priceMinor: 1150, dietaryTags: ["vegan"], allergens: ["gluten"], onRoomService: false, onBreakfast: true, optionGroups: [g("top", "Add", [["egg", "+ poached egg", 200], ["feta", "+ feta", 200]], { max: 2 })] },
    ],
  },
];

const ALPINE_LODGE: DemoMenu = [
  {
    category: "Soups & starters",
    items: [
      { name: "Gerstensuppe", description: "Graubünden barley soup", priceMinor: 1400, allergens: ["gluten", "celery"], prepMinutes: 10 },
      { name: "Nüsslisalat", description: "Lamb's lettuce, egg, croutons", priceMinor: 1600, dietaryTags: ["vegetarian"], allergens: ["eggs", "gluten", "mustard"], prepMinutes: 10, optionGroups: [g("dressing", "Dressing", [["french", "French", 0], ["italian", "Italian", 0]], { required: true })] },
      { name: "Bündnerfleisch plate", priceMinor: 2400, dietaryTags: ["gluten_free", "dairy_free"], prepMinutes: 8 },
    ],
  },
  {
    category: "Mains",
    items: [
      { name: "Zürcher Geschnetzeltes", description: "Veal in cream sauce with rösti", priceMinor: 3900, allergens: ["milk"], prepMinutes: 25 },
      { name: "Cheese fondue (for two)", priceMinor: 5800, dietaryTags: ["vegetarian"], allergens: ["milk", "gluten", "sulphites"], prepMinutes: 20, optionGroups: [g("extras", "Extras", [["potatoes", "+ potatoes", 500], ["pickles", "+ pickles", 300]], { max: 2 })] },
      { name: "Älplermagronen", description: "Pasta, potatoes, cheese, onions, apple sauce", priceMinor: 2900, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk"], prepMinutes: 20 },
      { name: "Lodge burger", priceMinor: 3200, allergens: ["gluten", "milk", "sesame"], prepMinutes: 20, optionGroups: [doneness] },
      { name: "Rösti with fried egg", priceMinor: 2600, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["eggs", "milk"], prepMinutes: 20 },
    ],
  },
  {
    category: "Desserts & drinks",
    items: [
      { name: "Apple strudel", priceMinor: 1200, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs", "nuts"], prepMinutes: 8, optionGroups: [g("with", "Served with", [["vanilla", "Vanilla sauce", 0], ["icecream", "Ice cream", 200]], { required: true })] },
      { name: "Meringues with double cream", priceMinor: 1300, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["eggs", "milk"], prepMinutes: 5 },
      { name: "Hot chocolate", priceMinor: 650, dietaryTags: ["vegetarian"], allergens: ["milk"], prepMinutes: 5, onBreakfast: true, optionGroups: [milk] },
      { name: "Coffee", priceMinor: 550, dietaryTags: ["vegan"], prepMinutes: 5, onBreakfast: true, optionGroups: [g("style", "Style", [["espresso", "Espresso", 0], ["creme", "Café crème", 0], ["latte", "Latte macchiato", 100]], { required: true }), milk] },
      { name: "Apple juice (Süssmost)", priceMinor: 550, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 3, onBreakfast: true },
      { name: "Glass of Fendant", priceMinor: 900, allergens: ["sulphites"], availableFrom: "17:00", availableUntil: "01:00", prepMinutes: 3 },
    ],
  },
  {
    category: "Breakfast",
    description: "Ordered the evening before, served in your room",
    items: [
      { name: "Bircher muesli", priceMinor: 1400, dietaryTags: ["vegetarian"], allergens: ["milk", "nuts", "gluten"], onRoomService: false, onBreakfast: true },
      { name: "Zopf & jam basket", priceMinor: 1200, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Eggs your way", priceMinor: 1500, dietaryTags: ["vegetarian"], allergens: ["eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs, breakfastSides] },
      { name: "Alpine cheese plate", priceMinor: 1800, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk"], onRoomService: false, onBreakfast: true },
      { name: "Smoked salmon bagel", priceMinor: 1900, allergens: ["fish", "gluten", "milk"], onRoomService: false, onBreakfast: true },
    ],
  },
];

const MENUS: Record<string, DemoMenu> = { "grand-harbour": GRAND_HARBOUR, "alpine-lodge": ALPINE_LODGE };

/**
 * Gives a demo hotel its menu (by the plan's slug, before any test prefix). Does nothing if the
 * hotel already has a menu, so re-running the seed keeps edits made in the console.
 */
export async function seedDemoMenu(db: DbOrTx, hotel: { id: string }, planSlug: string): Promise<void> {
  const menu = MENUS[planSlug] ?? GRAND_HARBOUR;
  const [existing] = await db.select({ id: menuCategories.id }).from(menuCategories).where(eq(menuCategories.hotelId, hotel.id)).limit(1);
  if (existing) return;
  for (const [position, section] of menu.entries()) {
    const [category] = await db.insert(menuCategories).values({ hotelId: hotel.id, name: section.category, description: section.description ?? null, position }).returning();
    await db.insert(menuItems).values(section.items.map((item, i) => ({ onRoomService: true, ...item, hotelId: hotel.id, categoryId: category!.id, position: i })));
  }
}

/** Counts for the seed's own test: room-service and breakfast items, and categories with room-service items. */
export function demoMenuStats(planSlug: string) {
  const menu = MENUS[planSlug] ?? GRAND_HARBOUR;
  const all = menu.flatMap((s) => s.items.map((i) => ({ ...i, category: s.category })));
  const rs = all.filter((i) => i.onRoomService !== false);
  return { roomService: rs.length, breakfast: all.filter((i) => i.onBreakfast).length, roomServiceCategories: new Set(rs.map((i) => i.category)).size, withOptions: rs.filter((i) => i.optionGroups?.length).length };
}
