import { randomUUID } from "node:crypto";
import type { MenuItem } from "@/lib/db/schema";

// Builders for the pure menu tests: plain rows as the database would return them.

export const HOTEL_ID = "00000000-0000-4000-8000-000000000001";

export function menuItem(over: Partial<MenuItem> = {}): MenuItem {
  const now = new Date("2026-01-01T00:00:00Z");
  return {
    id: randomUUID(),
    hotelId: HOTEL_ID,
    categoryId: "00000000-0000-4000-8000-0000000000c1",
    name: "Club sandwich",
    description: null,
    translations: {},
    priceMinor: 1450,
    dietaryTags: [],
    allergens: [],
    onRoomService: true,
    onBreakfast: false,
    availableFrom: null,
    availableUntil: null,
    soldOut: false,
    position: 0,
    prepMinutes: null,
    optionGroups: [],
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}
