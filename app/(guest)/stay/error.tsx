"use client";

import { useTranslations } from "next-intl";

export default function StayError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("link.stayError");
  return (
    <main className="mx-auto max-w-xl p-4">
      <div role="alert" className="rounded-2xl border border-red-200 bg-white p-6">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("body")}</p>
        <button type="button" onClick={reset} className="mt-4 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
