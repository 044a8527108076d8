import { and, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/lib/db/client";
import { bookings, conversations, type Booking, type Conversation } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { canChatNow } from "@/lib/bookings/stay-rules";
import type { GuestAccess } from "@/lib/tokens/validate";
import type { ConversationRef } from "./conversation-ref";

// The guest's side always works on the conversation of the token's own booking: no id from the
// request ever picks it, so one booking can never reach another's messages.

export const guestRef = (access: GuestAccess, c: Pick<Conversation, "id">): ConversationRef => ({ id: c.id, bookingRef: access.booking.reference, hotelSlug: access.hotel.slug });

/** The booking's conversation, or null before the guest first starts one. */
export async function findGuestConversation(db: DbOrTx, access: GuestAccess, opts: { forUpdate?: boolean } = {}): Promise<Conversation | null> {
  const q = db.select().from(conversations).where(and(eq(conversations.bookingId, access.booking.id), eq(conversations.hotelId, access.hotel.id)));
  const [c] = opts.forUpdate ? await q.for("update") : await q;
  return c ?? null;
}

/** The booking's conversation, created on first use; a concurrent first start finds the other's row. */
export async function ensureGuestConversation(tx: Tx, access: GuestAccess): Promise<Conversation> {
  await tx.insert(conversations).values({ hotelId: access.hotel.id, bookingId: access.booking.id }).onConflictDoNothing({ target: conversations.bookingId });
  const c = await findGuestConversation(tx, access, { forUpdate: true });
  if (!c) throw new Error("conversation missing after insert");
  return c;
}

/** Sending ends at check-out; the history stays readable. */
export function assertGuestMaySend(booking: Pick<Booking, "status" | "checkedInAt" | "checkedOutAt">): void {
  if (!canChatNow(booking)) throw new AppError("CHAT_CLOSED", "Chat has ended: your stay is checked out. You can still read the conversation.");
}

/**
 * The same rule on the booking as it is now, share-locked in `tx`: a check-out committing meanwhile
 * waits for this send, or this send sees it (the token's snapshot may predate it).
 */
export async function assertGuestMaySendNow(tx: Tx, access: GuestAccess): Promise<void> {
  const [current] = await tx.select().from(bookings).where(and(eq(bookings.id, access.booking.id), eq(bookings.hotelId, access.hotel.id))).for("share");
  if (!current) throw new AppError("NOT_FOUND", "Booking not found");
  assertGuestMaySend(current);
}
