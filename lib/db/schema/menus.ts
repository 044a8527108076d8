import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { GuestLanguage as Locale } from "./languages";

/** A menu text in other languages than the one it is written in (the hotel's default); a missing one falls back to it. */
export type TextTranslations = Partial<Record<Locale, { name?: string; description?: string }>>;
/** A label (option group name, choice label) in other languages. */
export type LabelTranslations = Partial<Record<Locale, string>>;
import { hotels } from "./hotels";

// One menu per hotel, edited in the console. Items may sit on the room-service menu, the
// breakfast menu or both. Rows are soft-deleted so past orders can keep pointing at them.

export const menuCategories = pgTable(
  "menu_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    name: text("name").notNull(),
    description: text("description"),
    translations: jsonb("translations").$type<TextTranslations>().notNull().default({}),
    position: integer("position").notNull().default(0),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("menu_categories_hotel_idx").on(t.hotelId, t.position)],
);
export type MenuCategory = typeof menuCategories.$inferSelect;
export type NewMenuCategory = typeof menuCategories.$inferInsert;

/** A choice group on an item ("Eggs": fried / scrambled). Prices are deltas in minor units. */
export type MenuOptionGroup = {
  id: string;
  name: string;
  required: boolean;
  maxChoices: number;
  choices: { id: string; label: string; priceDeltaMinor: number; translations?: LabelTranslations }[];
  translations?: LabelTranslations;
};

export const menuItems = pgTable(
  "menu_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    categoryId: uuid("category_id").notNull().references(() => menuCategories.id),
    name: text("name").notNull(),
    description: text("description"),
    translations: jsonb("translations").$type<TextTranslations>().notNull().default({}),
    // Integer minor units of the hotel's currency.
    priceMinor: integer("price_minor").notNull(),
    dietaryTags: jsonb("dietary_tags").$type<string[]>().notNull().default([]),
    allergens: jsonb("allergens").$type<string[]>().notNull().default([]),
    onRoomService: boolean("on_room_service").notNull().default(true),
    onBreakfast: boolean("on_breakfast").notNull().default(false),
    // Local "HH:MM" in the hotel's time zone; both null = whenever the menu is open. May cross midnight.
    availableFrom: text("available_from"),
    availableUntil: text("available_until"),
    soldOut: boolean("sold_out").notNull().default(false),
    position: integer("position").notNull().default(0),
    // Null = the hotel's default preparation time.
    prepMinutes: integer("prep_minutes"),
    optionGroups: jsonb("option_groups").$type<MenuOptionGroup[]>().notNull().default([]),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("menu_items_hotel_idx").on(t.hotelId, t.categoryId, t.position)],
);
export type MenuItem = typeof menuItems.$inferSelect;
export type NewMenuItem = typeof menuItems.$inferInsert;
