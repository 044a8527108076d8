import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { pickMessages, type Namespace } from "@/lib/i18n/messages";

/** Hands a guest page's client components its language and only the namespaces it uses. */
export async function GuestMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, ["common", "errors", ...namespaces])} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
