import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { listInbox, type InboxRow } from "@/lib/chat/inbox";
import { getDb } from "@/lib/db/client";
import { bookings } from "@/lib/db/schema";
import { canChatNow } from "./stay-rules";

// The desk's reading of the chat inbox (through lib/chat's own read): which guests wait for an
// answer, and since when. A conversation waits while its last message is the guest's.

export type WaitingChat = { conversation_id: string; booking_ref: string; guest_name: string; room_number: string | null; unread: number; waiting_since: string; preview: string };

// Far more open conversations than a hotel has at once; the inbox reads newest activity first.
const OPEN_CONVERSATIONS_READ = 1000;

const waits = (c: InboxRow): c is InboxRow & { last_message: NonNullable<InboxRow["last_message"]> } => c.last_message?.sender === "guest";

function toWaiting(c: InboxRow & { last_message: NonNullable<InboxRow["last_message"]> }): WaitingChat {
  return { conversation_id: c.id, booking_ref: c.booking_id, guest_name: c.guest_name, room_number: c.room_number, unread: c.unread_count, waiting_since: c.last_message.sent_at, preview: c.last_message.preview };
}

/**
 * Open conversations waiting for a reply from guests who can still read one (not checked out or
 * cancelled: their chat has ended, and their old room may be someone else's), the longest waiting first.
 */
export async function waitingChats(opts: { hotelId: string; staffId: string }): Promise<WaitingChat[]> {
  const { conversations } = await listInbox({ ...opts, query: { filter: "open" }, limit: OPEN_CONVERSATIONS_READ });
  const waiting = conversations.filter(waits);
  if (waiting.length === 0) return [];
  const stays = await getDb()
    .select({ reference: bookings.reference, status: bookings.status, checkedInAt: bookings.checkedInAt, checkedOutAt: bookings.checkedOutAt })
    .from(bookings)
    .where(and(eq(bookings.hotelId, opts.hotelId), inArray(bookings.reference, waiting.map((c) => c.booking_id))));
  const live = new Set(stays.filter(canChatNow).map((b) => b.reference));
  return waiting.filter((c) => live.has(c.booking_id)).map(toWaiting).sort((a, b) => a.waiting_since.localeCompare(b.waiting_since));
}

/** The booking's conversation (if the guest ever wrote), and whether it waits for a reply. */
export async function bookingConversation(opts: { hotelId: string; staffId: string; reference: string }): Promise<{ conversation_id: string; waiting: WaitingChat | null } | null> {
  const { conversations } = await listInbox({ hotelId: opts.hotelId, staffId: opts.staffId, query: { filter: "all", q: opts.reference } });
  // The search also matches names and rooms: keep this booking's own conversation only.
  const mine = conversations.find((c) => c.booking_id === opts.reference);
  if (!mine) return null;
  return { conversation_id: mine.id, waiting: waits(mine) ? toWaiting(mine) : null };
}
