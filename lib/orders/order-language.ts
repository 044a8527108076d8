import type { Booking, Hotel } from "@/lib/db/schema";
import { LOCALE_COOKIE, resolveGuestLocale, type Locale } from "@/lib/i18n/locales";
import { translationLocale } from "@/lib/menus/translations";
import { cookieFrom } from "@/lib/tokens/cookie";

// The language an order is placed in, so each line keeps the words the guest read beside the
// hotel's (lib/menus/price-lines.ts). The order body's `language` says it outright (an API client
// that read the menu with `?lang=`); without it the order takes the language the portal's pages
// are in: the one picked on this device (the `guest_lang` cookie the portal's fetches carry), the
// booking's, the browser's Accept-Language, the hotel's default (lib/i18n/locales.ts).

type Who = { booking: Pick<Booking, "language">; hotel: Pick<Hotel, "defaultLanguage"> };

/** The guest's language for an order request. */
export function orderLocale(access: Who, sent: Locale | null | undefined, req?: Request): Locale {
  return resolveGuestLocale({
    picked: sent ?? (req ? cookieFrom(req, LOCALE_COOKIE) : null),
    booking: access.booking.language,
    acceptLanguage: req?.headers.get("accept-language") ?? null,
    hotelDefault: access.hotel.defaultLanguage,
  });
}

/** The language to keep the guest's words in, or null when the guest reads the hotel's own. */
export function orderTranslation(access: Who, locale: Locale | null | undefined): Locale | null {
  return translationLocale(locale ?? orderLocale(access, null), access.hotel.defaultLanguage);
}
