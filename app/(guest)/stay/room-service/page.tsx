import type { Metadata } from "next";
import { MenuPage } from "../_menu/menu-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Room service menu", referrer: "no-referrer" };

export default function RoomServicePage() {
  return <MenuPage menu="room_service" />;
}
