import type { Metadata } from "next";
import { ALL_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import { addDays, localDate } from "@/lib/time/zoned";
import { BreakfastBoard } from "./breakfast-board";

export const metadata: Metadata = { title: "Breakfast" };
export const dynamic = "force-dynamic";

/** Breakfast orders for one morning, per slot with per-item counts, for the kitchen and the desk. */
export default async function BreakfastPage() {
  const ctx = await staffPage(ALL_ROLES);
  // After today's service the next morning is what the kitchen plans for.
  const tomorrow = addDays(localDate(new Date(), ctx.hotel.timezone), 1);
  return <BreakfastBoard channel={staffOrdersChannel(ctx.hotel.slug)} initialDate={tomorrow} />;
}
