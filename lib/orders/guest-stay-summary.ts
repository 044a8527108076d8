import "server-only";
import { guestUnreadReplies } from "@/lib/chat/guest-unread";
import { getDb } from "@/lib/db/client";
import { localDate } from "@/lib/time/zoned";
import { tokenScopes } from "@/lib/tokens/scopes";
import type { GuestAccess } from "@/lib/tokens/validate";
import { guestStayMoney } from "./guest-orders";
import { openBookingOrders } from "./load-orders";
import { guestOrderingView, type GuestOrderingView } from "./ordering-state";
import { guestOrderView } from "./order-view";

export type ActiveOrderView = {
  order_id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: string;
  items_count: number;
  estimated_delivery: string | null;
  running_late: boolean;
  delivery_date: string | null;
  time_slot: string | null;
};

export type GuestStaySummary = {
  /** What each menu allows now, and why not (the portal's headline for each). */
  ordering: GuestOrderingView;
  /** Orders under way; empty without the ordering scope. */
  active_orders: ActiveOrderView[];
  /** Ordered (not charged yet) and charged money per currency; null without the ordering scope. */
  money: Awaited<ReturnType<typeof guestStayMoney>> | null;
  /** Staff replies not seen yet; 0 without the chat scope. */
  chat_unread: number;
  generated_at: string;
};

/** GET …/stay/: what the portal's front page shows, computed here so the page re-derives nothing. */
export async function guestStaySummary(access: GuestAccess, now = new Date()): Promise<GuestStaySummary> {
  const scopes = tokenScopes(access.token);
  const orders = scopes.includes("order");
  const scope = { hotelId: access.hotel.id, bookingId: access.booking.id, today: localDate(now, access.hotel.timezone) };
  const [open, money, unread] = await Promise.all([
    orders ? openBookingOrders(getDb(), scope) : Promise.resolve([]),
    orders ? guestStayMoney(access, now) : Promise.resolve(null),
    scopes.includes("chat") ? guestUnreadReplies(access) : Promise.resolve(0),
  ]);
  return {
    ordering: guestOrderingView(access, now),
    active_orders: open.map((row) => {
      const v = guestOrderView(row, now);
      return { order_id: v.order_id, type: v.type, status: v.status, items_count: v.items_count, estimated_delivery: v.estimated_delivery, running_late: v.running_late, delivery_date: v.delivery_date, time_slot: v.time_slot };
    }),
    money,
    chat_unread: unread,
    generated_at: now.toISOString(),
  };
}
