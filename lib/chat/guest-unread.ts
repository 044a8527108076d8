import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { chatMessages, conversations } from "@/lib/db/schema";
import type { GuestAccess } from "@/lib/tokens/validate";

/** Staff replies of this booking's conversation the guest has not seen yet (past their read mark). */
export async function guestUnreadReplies(access: Pick<GuestAccess, "booking" | "hotel">): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(chatMessages)
    .innerJoin(conversations, eq(conversations.id, chatMessages.conversationId))
    .where(
      and(
        eq(conversations.bookingId, access.booking.id),
        eq(conversations.hotelId, access.hotel.id),
        eq(chatMessages.sender, "STAFF"),
        gt(chatMessages.id, sql`coalesce(${conversations.guestReadUpTo}, 0)`),
      ),
    );
  return Number(row?.n ?? 0);
}
