import type { Metadata } from "next";
import { FOOD_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import { nextServingDate } from "@/lib/orders/breakfast/serving-date";
import { BreakfastBoard } from "./breakfast-board";

export const metadata: Metadata = { title: "Breakfast" };
export const dynamic = "force-dynamic";

/** Breakfast orders for one morning, per slot with per-item counts, for the kitchen and the desk. */
export default async function BreakfastPage() {
  const ctx = await staffPage(FOOD_ROLES);
  // After today's service the next morning is what the kitchen plans for.
  // The same morning the kitchen shows: today's until service ends, then tomorrow's.
  const morning = nextServingDate(new Date(), ctx.hotel);
  return <BreakfastBoard channel={staffOrdersChannel(ctx.hotel.slug)} initialDate={morning} />;
}
