"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

/**
 * The guest's words for an API refusal. The API's own `error` text stays English (it is the
 * contract every client reads); screens show the message for its `code` in the guest's language,
 * and the API's text only for a code without one.
 */
export function useApiErrorText(): (code: string | null | undefined, fallback: string) => string {
  const t = useTranslations("errors");
  return useCallback((code, fallback) => (code && t.has(`codes.${code}`) ? t(`codes.${code}`) : fallback), [t]);
}
