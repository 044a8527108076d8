"use client";

import { useTranslations } from "next-intl";
import { LiveIndicator } from "@/components/realtime/live-indicator";

/** The live/offline pill in the guest's language. */
export function GuestLiveIndicator({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const t = useTranslations("common.live");
  return <LiveIndicator tone={tone} labels={{ live: t("live"), connecting: t("connecting"), reconnecting: t("reconnecting"), offline: t("offline"), blocked: t("blocked") }} />;
}
