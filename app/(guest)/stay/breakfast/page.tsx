import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MenuPage } from "../_menu/menu-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("menu.meta");
  return { title: t("breakfast"), referrer: "no-referrer" };
}

export default function BreakfastPage() {
  return <MenuPage menu="breakfast" />;
}
