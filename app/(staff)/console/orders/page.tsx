import type { Metadata } from "next";
import { FOOD_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { staffOrdersChannel } from "@/lib/realtime/channels";
import { localDate } from "@/lib/time/zoned";
import { OrderQueue } from "./order-queue";

export const metadata: Metadata = { title: "Orders" };
export const dynamic = "force-dynamic";

/** The live order queue: room service and breakfast, for every role (kitchen staff see no guest contact details). */
export default async function OrdersPage() {
  const ctx = await staffPage(FOOD_ROLES);
  return (
    <OrderQueue
      channel={staffOrdersChannel(ctx.hotel.slug)}
      timezone={ctx.hotel.timezone}
      currency={ctx.hotel.currency}
      today={localDate(new Date(), ctx.hotel.timezone)}
    />
  );
}
