"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formattersFor } from "@/components/ui/format";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Dates, times and money in the guest's language (always in the zone and currency passed in). */
export function useFormat() {
  const locale = useLocale();
  return useMemo(() => formattersFor(INTL_LOCALE[isLocale(locale) ? locale : "en"]), [locale]);
}
