import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, conversations, hotels, rooms, type Conversation } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export type ConversationRef = { id: string; bookingRef: string; hotelSlug: string };

export type LoadedConversation = {
  conversation: Conversation;
  ref: ConversationRef;
  guestName: string;
  roomNumber: string | null;
  booking: { id: string; status: "CONFIRMED" | "CANCELLED" | "NO_SHOW"; checkedInAt: Date | null; checkedOutAt: Date | null };
};

/**
 * A conversation of this hotel with its booking's facts. Another hotel's conversation is "not
 * found", never "forbidden", so nobody learns it exists. `forUpdate` locks the row so changes
 * to its marks and status apply one after the other.
 */
export async function loadConversation(db: DbOrTx, opts: { hotelId: string; id: string; forUpdate?: boolean }): Promise<LoadedConversation> {
  const q = db
    .select({ conversation: conversations, reference: bookings.reference, guestName: bookings.primaryGuestName, roomNumber: rooms.number, slug: hotels.slug, status: bookings.status, checkedInAt: bookings.checkedInAt, checkedOutAt: bookings.checkedOutAt })
    .from(conversations)
    .innerJoin(bookings, eq(bookings.id, conversations.bookingId))
    .innerJoin(hotels, eq(hotels.id, conversations.hotelId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(eq(conversations.id, opts.id), eq(conversations.hotelId, opts.hotelId)));
  const [row] = opts.forUpdate ? await q.for("update", { of: conversations }) : await q;
  if (!row) throw new AppError("NOT_FOUND", "Conversation not found");
  return {
    conversation: row.conversation,
    ref: { id: row.conversation.id, bookingRef: row.reference, hotelSlug: row.slug },
    guestName: row.guestName,
    roomNumber: row.roomNumber,
    booking: { id: row.conversation.bookingId, status: row.status, checkedInAt: row.checkedInAt, checkedOutAt: row.checkedOutAt },
  };
}
