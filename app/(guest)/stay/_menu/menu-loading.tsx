import { useTranslations } from "next-intl";
import type { MenuKind } from "@/lib/menus/availability";

/** Skeleton while a menu page renders on the server. */
export function MenuLoading({ menu }: { menu: MenuKind }) {
  const t = useTranslations("menu.menus");
  return (
    <main className="mx-auto max-w-xl p-4" aria-busy="true" aria-live="polite">
      <p className="sr-only">{t("loading", { menu })}</p>
      <div className="h-10 w-2/3 animate-pulse rounded-xl bg-stone-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="mt-4 h-28 animate-pulse rounded-2xl bg-stone-200" />
      ))}
    </main>
  );
}
