import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { dirOf, isLocale } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Guest Services", template: "%s · Guest Services" },
  description: "Your stay, in one link: booking, room service, breakfast and chat with the front desk.",
  referrer: "same-origin",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f6f5c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: the CSP nonce is new each time, and prerendered HTML could not carry it.
  await connection();
  // The guest's language on guest pages (lib/i18n/request.ts), English elsewhere.
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
