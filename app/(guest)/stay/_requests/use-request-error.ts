"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { useApiErrorText } from "@/components/i18n/use-api-error";

/**
 * A request API's refusal in the guest's words: the same rule as the rest of the portal (English
 * shows the API's own text), with the request-specific codes said about requests, not orders.
 */
export function useRequestErrorText(): (code: string | null | undefined, fallback: string) => string {
  const t = useTranslations("requests.errors");
  const locale = useLocale();
  const general = useApiErrorText();
  return useCallback((code, fallback) => (locale !== "en" && code && t.has(code) ? t(code) : general(code, fallback)), [t, locale, general]);
}
