"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

const ONE_YEAR_S = 365 * 86_400;

/**
 * The guest's language, on every guest page: a native select (keyboard and screen readers work
 * as they always do). The choice is kept on this device only and wins over the booking's.
 */
export function LanguageSwitcher({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const locale = useLocale();
  const t = useTranslations("common.language");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className={`flex items-center gap-1 text-sm ${tone === "dark" ? "text-brand-50" : "text-stone-700"}`}>
      <span className="sr-only">{t("label")}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z" />
      </svg>
      <select
        data-testid="language-switcher"
        value={locale}
        disabled={pending}
        onChange={(e) => {
          document.cookie = `${LOCALE_COOKIE}=${e.target.value}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
          startTransition(() => router.refresh());
        }}
        className={`min-h-9 rounded-lg px-2 py-1 text-sm ${tone === "dark" ? "bg-brand-800 text-white ring-1 ring-brand-500" : "bg-white text-stone-900 ring-1 ring-stone-300"}`}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
