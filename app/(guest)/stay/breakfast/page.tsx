import type { Metadata } from "next";
import { MenuPage } from "../_menu/menu-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Breakfast menu", referrer: "no-referrer" };

export default function BreakfastPage() {
  return <MenuPage menu="breakfast" />;
}
