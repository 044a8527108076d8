"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";

/**
 * The guest's words for an API refusal. The API's own `error` text stays English (it is the
 * contract every client reads, and often names the dish or the limit); an English screen shows it
 * as it is, and another language the message for its `code`, or the API's text for a code without one.
 */
export function useApiErrorText(): (code: string | null | undefined, fallback: string) => string {
  const t = useTranslations("errors");
  const locale = useLocale();
  return useCallback((code, fallback) => (locale !== "en" && code && t.has(`codes.${code}`) ? t(`codes.${code}`) : fallback), [t, locale]);
}
