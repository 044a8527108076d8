import "server-only";
import type { Hotel } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { loadHotelMenu, type HotelMenu } from "./load-menu";

/** `defaultLanguage`: the hotel's own, the menu's text as written; the editor translates into the others. */
export type ConsoleMenu = HotelMenu & { currency: string; hotelSlug: string; defaultLanguage: string };

/** The editor's data: every live category and item of the hotel, in display order. */
export async function readConsoleMenu(hotel: Pick<Hotel, "id" | "slug" | "currency" | "defaultLanguage">): Promise<ConsoleMenu> {
  return { ...(await loadHotelMenu(getDb(), hotel.id)), currency: hotel.currency, hotelSlug: hotel.slug, defaultLanguage: hotel.defaultLanguage };
}
