import type { MenuKind } from "./availability";

// Words shown to guests and staff for the menu's codes.

export const MENU_LABELS: Record<MenuKind, string> = { room_service: "Room service", breakfast: "Breakfast" };
export const MENU_PATHS: Record<MenuKind, string> = { room_service: "room-services", breakfast: "breakfast" };

export const TAG_LABELS: Record<string, string> = {
  vegetarian: "Vegetarian",
  vegan: "Vegan",
  gluten_free: "Gluten-free",
  dairy_free: "Dairy-free",
  nut_free: "Nut-free",
  halal: "Halal",
  spicy: "Spicy",
};

export const labelOf = (code: string) => TAG_LABELS[code] ?? code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, " ");

/** The 14 declarable allergens as guests and cooks read them (codes in lib/menus/schemas ALLERGENS). */
export const ALLERGEN_LABELS: Record<string, string> = {
  celery: "Celery",
  gluten: "Gluten",
  crustaceans: "Crustaceans",
  eggs: "Eggs",
  fish: "Fish",
  lupin: "Lupin",
  milk: "Milk",
  molluscs: "Molluscs",
  mustard: "Mustard",
  nuts: "Tree nuts",
  peanuts: "Peanuts",
  sesame: "Sesame",
  soya: "Soya",
  sulphites: "Sulphites",
};

export const allergenLabel = (code: string) => ALLERGEN_LABELS[code] ?? labelOf(code);
