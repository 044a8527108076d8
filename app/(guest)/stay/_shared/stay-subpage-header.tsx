import Link from "next/link";
import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { GuestLiveIndicator } from "./guest-live-indicator";

/** The bar on the portal's inner pages: back to the stay, the page's title, the language, and whether it is live. */
export function StaySubpageHeader({ title, titleAs: Title = "p", live }: { title: string; titleAs?: "h1" | "p"; live: boolean }) {
  const t = useTranslations("common");
  return (
    <header className="bg-brand-700 text-white">
      {/* On a narrow phone the language and the live pill take their own row rather than squeeze the title. */}
      <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-4">
        <div className="min-w-0 flex-1 basis-44">
          <Link href="/stay" className="text-sm text-brand-50 underline underline-offset-2">
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t("backToStay")}
          </Link>
          <Title dir="auto" className="text-lg font-semibold">{title}</Title>
        </div>
        <div className="ms-auto flex shrink-0 items-center gap-2">
          <LanguageSwitcher />
          {live && <GuestLiveIndicator />}
        </div>
      </div>
    </header>
  );
}
