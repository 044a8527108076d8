import type { Metadata } from "next";
import { RoomServiceBoard } from "@/components/kitchen/room-service-board";
import { staffPage } from "@/lib/auth/staff-page";
import { KITCHEN_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Room service" };

export default async function KitchenPage() {
  const ctx = await staffPage(KITCHEN_ROLES);
  const h = ctx.hotel;
  return <RoomServiceBoard hotelSlug={h.slug} timeZone={h.timezone} thresholds={{ warnMinutes: h.kitchenWarnMinutes, lateMinutes: h.kitchenLateMinutes }} />;
}
