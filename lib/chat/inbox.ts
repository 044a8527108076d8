import { and, desc, eq, ilike, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, conversations, rooms, staffUsers } from "@/lib/db/schema";
import { preview, type InboxQuery } from "./schemas";

export type InboxRow = {
  id: string;
  booking_id: string;
  guest_name: string;
  /** The booking's guest language (en, pt, de, fr, es, ar), null when not known. */
  guest_language: string | null;
  room_number: string | null;
  status: "OPEN" | "RESOLVED";
  assigned_staff_id: string | null;
  assigned_staff_name: string | null;
  unread_count: number;
  last_message: { preview: string; sender: "guest" | "staff"; sent_at: string } | null;
  last_activity_at: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// Guest messages after the staff read mark.
const unreadSql = sql<number>`(select count(*)::int from chat_messages m where m.conversation_id = ${conversations.id} and m.sender = 'GUEST' and m.id > coalesce(${conversations.staffReadUpTo}, 0))`;
const lastBodySql = sql<string | null>`(select m.body from chat_messages m where m.conversation_id = ${conversations.id} order by m.id desc limit 1)`;
const lastSenderSql = sql<string | null>`(select m.sender::text from chat_messages m where m.conversation_id = ${conversations.id} order by m.id desc limit 1)`;

/** The hotel's conversations with at least one message, newest activity first, with filters and search by name, room or reference. */
export async function listInbox(opts: { hotelId: string; staffId: string; query: InboxQuery; limit?: number }): Promise<{ conversations: InboxRow[]; unread_total: number }> {
  const db = getDb();
  // A conversation without a message (a guest who opened the chat, or an API "start") is nothing
  // to answer: only conversations with a message are listed.
  const conds: SQL[] = [eq(conversations.hotelId, opts.hotelId), isNotNull(conversations.lastMessageAt)];
  const { filter, q } = opts.query;
  if (filter === "open") conds.push(eq(conversations.status, "OPEN"));
  if (filter === "resolved") conds.push(eq(conversations.status, "RESOLVED"));
  if (filter === "mine") conds.push(eq(conversations.assignedStaffId, opts.staffId));
  if (filter === "unread") conds.push(sql`${unreadSql} > 0`);
  if (q) {
    const like = `%${escapeLike(q)}%`;
    conds.push(or(ilike(bookings.primaryGuestName, like), ilike(bookings.reference, like), ilike(rooms.number, like))!);
  }
  const rows = await db
    .select({
      id: conversations.id,
      reference: bookings.reference,
      guestName: bookings.primaryGuestName,
      guestLanguage: bookings.language,
      roomNumber: rooms.number,
      status: conversations.status,
      assignedStaffId: conversations.assignedStaffId,
      assignedName: staffUsers.name,
      unread: unreadSql,
      lastBody: lastBodySql,
      lastSender: lastSenderSql,
      lastMessageAt: conversations.lastMessageAt,
      lastActivityAt: conversations.lastActivityAt,
    })
    .from(conversations)
    .innerJoin(bookings, eq(bookings.id, conversations.bookingId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .leftJoin(staffUsers, eq(staffUsers.id, conversations.assignedStaffId))
    .where(and(...conds))
    .orderBy(desc(conversations.lastActivityAt), desc(conversations.id))
    .limit(opts.limit ?? 100);
  const [total] = await db
    .select({ n: sql<number>`coalesce(sum(${unreadSql}), 0)::int` })
    .from(conversations)
    .where(eq(conversations.hotelId, opts.hotelId));
  return {
    unread_total: Number(total?.n ?? 0),
    conversations: rows.map((r) => ({
      id: r.id,
      booking_id: r.reference,
      guest_name: r.guestName,
      guest_language: r.guestLanguage,
      room_number: r.roomNumber,
      status: r.status,
      assigned_staff_id: r.assignedStaffId,
      assigned_staff_name: r.assignedName,
      unread_count: Number(r.unread),
      last_message:
        r.lastBody !== null && r.lastMessageAt
          ? { preview: preview(r.lastBody).text, sender: r.lastSender === "GUEST" ? "guest" : "staff", sent_at: new Date(r.lastMessageAt).toISOString() }
          : null,
      last_activity_at: new Date(r.lastActivityAt).toISOString(),
    })),
  };
}
