import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, staffMemberships, staffUsers } from "@/lib/db/schema";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { openOrdersSummary } from "@/lib/orders/open-orders-of-booking";
import { loadConversation } from "./conversation-ref";
import { listMessages } from "./list-messages";
import { listQuickReplies } from "./quick-replies";
import type { PageQuery } from "./schemas";

/** One conversation for the console: history page, the booking's key facts and open orders, assignable staff, quick replies. */
export async function getStaffConversation(opts: { hotelId: string; id: string; page: PageQuery }) {
  const db = getDb();
  const loaded = await loadConversation(db, { hotelId: opts.hotelId, id: opts.id });
  const c = loaded.conversation;
  const [booking] = await db
    .select({ checkInDate: bookings.checkInDate, checkOutDate: bookings.checkOutDate, email: bookings.email, language: bookings.language })
    .from(bookings)
    .where(eq(bookings.id, c.bookingId));
  const page = await listMessages(db, c, opts.page);
  const desk = await db
    .select({ id: staffUsers.id, name: staffUsers.name })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(and(eq(staffMemberships.hotelId, opts.hotelId), inArray(staffMemberships.role, [...GUEST_DESK_ROLES]), eq(staffUsers.active, true)))
    .orderBy(asc(staffUsers.name));
  const quick = await listQuickReplies(opts.hotelId);
  const openOrders = await openOrdersSummary(db, { hotelId: opts.hotelId, bookingId: c.bookingId });
  const stay = loaded.booking.status !== "CONFIRMED" ? "cancelled" : loaded.booking.checkedOutAt ? "departed" : loaded.booking.checkedInAt ? "in_house" : "upcoming";
  return {
    conversation: {
      id: c.id,
      status: c.status,
      assigned_staff_id: c.assignedStaffId,
      guest_read_up_to: c.guestReadUpTo,
      staff_read_up_to: c.staffReadUpTo,
      last_activity_at: c.lastActivityAt.toISOString(),
    },
    booking: {
      reference: loaded.ref.bookingRef,
      guest_name: loaded.guestName,
      guest_language: booking?.language ?? null,
      room_number: loaded.roomNumber,
      check_in_date: booking?.checkInDate ?? null,
      check_out_date: booking?.checkOutDate ?? null,
      stay,
    },
    ...page,
    open_orders: openOrders,
    desk_staff: desk,
    quick_replies: quick,
  };
}
