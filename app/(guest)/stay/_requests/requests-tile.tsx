import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The way from /stay to the requests page (the portal shows it to links that may order). */
export async function RequestsTile() {
  const t = await getTranslations("requests.tile");
  return (
    <Link href="/stay/requests" data-testid="tile-requests" className="col-span-2 rounded-2xl bg-white p-4 text-center font-medium text-brand-700 shadow-sm ring-1 ring-stone-200 hover:bg-brand-50">
      {t("title")}
      <span className="mt-1 block text-xs font-normal text-stone-700">{t("text")}</span>
    </Link>
  );
}
