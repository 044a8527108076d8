import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("link.problem");
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

// One friendly page for every bad link: it never says whether a link was unknown, expired or
// revoked, so it reveals nothing to someone guessing links.
export default async function LinkProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const t = await getTranslations("link.problem");
  const kind = reason === "left" ? "left" : reason === "missing" ? "missing" : "invalid";
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-3 p-4">
      <div className="flex justify-end">
        <GuestMessages namespaces={[]}>
          <LanguageSwitcher tone="light" />
        </GuestMessages>
      </div>
      <div className="w-full rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <h1 className="text-xl font-semibold">{t(`${kind}.title`)}</h1>
        <p className="mt-3 text-stone-700">{t(`${kind}.body`)}</p>
        {kind !== "left" && <p className="mt-3 text-stone-700">{t("askDesk")}</p>}
      </div>
    </main>
  );
}
