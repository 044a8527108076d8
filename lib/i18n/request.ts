import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { GUEST_AREA_HEADER } from "./area";
import { languagesOfToken } from "./guest-language";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, resolveGuestLocale, type Locale } from "./locales";
import { MESSAGES } from "./messages";

/** This request's language: the guest's on guest pages (lib/i18n/locales.ts has the order), English elsewhere. */
export async function requestLocale(): Promise<Locale> {
  const h = await headers();
  if (h.get(GUEST_AREA_HEADER) !== "1") return DEFAULT_LOCALE;
  const jar = await cookies();
  const picked = jar.get(LOCALE_COOKIE)?.value;
  if (isLocale(picked)) return picked;
  const known = await languagesOfToken(jar.get(GUEST_COOKIE)?.value);
  return resolveGuestLocale({ booking: known.booking, acceptLanguage: h.get("accept-language"), hotelDefault: known.hotelDefault });
}

// next-intl's per-request configuration (next.config.mjs points here). Dates and times are always
// formatted with an explicit zone, the hotel's, by the callers.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await requestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
