import "server-only";
import type { Hotel, MenuItem } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { fromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { menuChannel } from "@/lib/realtime/channels";
import { localTime } from "@/lib/time/zoned";
import { isOnMenu, itemAvailability, type MenuKind } from "./availability";
import { roomServiceAllDay } from "./hours";
import { loadHotelMenu, type HotelMenu } from "./load-menu";
import { minorToDecimal } from "./money";
import { translateLabel, translateText, translationLocale } from "./translations";

export type GuestMenuItem = {
  id: string;
  name: string;
  description: string | null;
  price: string;
  price_minor: number;
  currency: string;
  tags: string[];
  allergens: string[];
  options: { id: string; name: string; required: boolean; max_choices: number; choices: { id: string; label: string; price: string; price_minor: number }[] }[];
  preparation_minutes: number;
  available_from: string | null;
  available_until: string | null;
  sold_out: boolean;
  /** Whether it can be ordered right now, and if not, why in the guest's words. */
  available: boolean;
  unavailable_code: "SOLD_OUT" | "NOT_AVAILABLE_NOW" | null;
  unavailable_reason: string | null;
  /** NOT_AVAILABLE_NOW: the hotel time ("18:00") the dish can be ordered again today, else null. */
  available_again_at: string | null;
};

export type GuestMenuView = {
  hotel: { slug: string; name: string; timezone: string; phone: string | null };
  menu: MenuKind;
  currency: string;
  /** Room service: when the kitchen takes orders. Breakfast: the serving window and the order cut-off (evening before). */
  /** `all_day`: room service round the clock (opens and closes are then equal and mean nothing). */
  hours: { opens: string; closes: string; all_day: boolean; order_cutoff: string | null };
  local_time: string;
  generated_at: string;
  /** Public channel announcing `menu.changed`; refetch this endpoint when it fires. */
  channel: string;
  categories: { id: string; name: string; description: string | null; items: GuestMenuItem[] }[];
};

type ViewHotel = Pick<Hotel, "slug" | "name" | "timezone" | "phone" | "currency" | "roomServiceOpens" | "roomServiceCloses" | "breakfastServingStart" | "breakfastServingEnd" | "breakfastCutoff" | "defaultPrepMinutes" | "defaultLanguage">;

function itemView(item: MenuItem, menu: MenuKind, hotel: ViewHotel, now: Date, locale: Locale | null): GuestMenuItem {
  const cur = hotel.currency;
  const text = translateText(item, locale);
  // Breakfast is ordered ahead for a morning: only sold-out decides "orderable" on its menu page.
  const a = itemAvailability(item, menu, hotel, menu === "room_service" ? now : null);
  return {
    id: item.id,
    name: text.name,
    description: text.description,
    price: minorToDecimal(item.priceMinor, cur),
    price_minor: item.priceMinor,
    currency: cur,
    tags: item.dietaryTags,
    allergens: item.allergens,
    options: item.optionGroups.map((g) => ({
      id: g.id,
      name: translateLabel(g.name, g.translations, locale),
      required: g.required,
      max_choices: g.maxChoices,
      choices: g.choices.map((c) => ({ id: c.id, label: translateLabel(c.label, c.translations, locale), price: minorToDecimal(c.priceDeltaMinor, cur), price_minor: c.priceDeltaMinor })),
    })),
    preparation_minutes: item.prepMinutes ?? hotel.defaultPrepMinutes,
    available_from: item.availableFrom,
    available_until: item.availableUntil,
    sold_out: item.soldOut,
    available: a.orderable,
    unavailable_code: a.orderable || a.code === "NOT_ON_MENU" ? null : a.code,
    unavailable_reason: a.reason,
    available_again_at: !a.orderable && a.code === "NOT_AVAILABLE_NOW" ? (a.opens ?? null) : null,
  };
}

/**
 * The guest's view of one menu at `now` (pure: the rows are passed in), its names, descriptions,
 * option group names and choice labels in `language` where translated, else the hotel's text
 * (lib/menus/translations.ts). No language, or one we do not have: the hotel's text.
 */
export function guestMenuView(hotel: ViewHotel, menu: MenuKind, rows: HotelMenu, now: Date, language?: string | null): GuestMenuView {
  const items = rows.items.filter((i) => isOnMenu(i, menu));
  const locale = translationLocale(language, hotel.defaultLanguage);
  return {
    hotel: { slug: hotel.slug, name: hotel.name, timezone: hotel.timezone, phone: hotel.phone },
    menu,
    currency: hotel.currency,
    hours:
      menu === "room_service"
        ? { opens: hotel.roomServiceOpens, closes: hotel.roomServiceCloses, all_day: roomServiceAllDay(hotel), order_cutoff: null }
        : { opens: hotel.breakfastServingStart, closes: hotel.breakfastServingEnd, all_day: false, order_cutoff: hotel.breakfastCutoff },
    local_time: localTime(now, hotel.timezone),
    generated_at: now.toISOString(),
    channel: menuChannel(hotel.slug),
    categories: menuOrder(rows.categories, items, menu)
      .map((c) => ({ id: c.id, ...translateText(c, locale), items: items.filter((i) => i.categoryId === c.id).map((i) => itemView(i, menu, hotel, now, locale)) }))
      .filter((c) => c.items.length > 0),
  };
}

/**
 * Categories in the menu's sort order; on breakfast, the breakfast's own categories (every item
 * breakfast-only) come first, so the page opens with breakfast, not with the desserts that also
 * serve a fruit plate in the morning. Each group keeps the sort order.
 */
function menuOrder(categories: HotelMenu["categories"], items: MenuItem[], menu: MenuKind): HotelMenu["categories"] {
  if (menu !== "breakfast") return categories;
  const own = (id: string) => {
    const inCat = items.filter((i) => i.categoryId === id);
    return inCat.length > 0 && inCat.every((i) => !i.onRoomService);
  };
  return [...categories.filter((c) => own(c.id)), ...categories.filter((c) => !own(c.id))];
}

/**
 * Loads and shapes a hotel's menu for a guest, in `language`: the portal's pages pass the page's
 * (next-intl's getLocale()), the public API `?lang=` (else the hotel's own language).
 */
export async function readGuestMenu(hotel: ViewHotel & Pick<Hotel, "id">, menu: MenuKind, language?: string | null, now = new Date()): Promise<GuestMenuView> {
  return guestMenuView(hotel, menu, await loadHotelMenu(getDb(), hotel.id), now, language);
}

/** The public menu API's `?lang=`: one of our languages ("de" or "de-CH"), else null (the hotel's own). */
export function menuLanguageParam(req: Request): Locale | null {
  const raw = new URL(req.url).searchParams.get("lang");
  return raw ? fromAcceptLanguage(raw.slice(0, 35)) : null;
}
