import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { guestBookingTokens, staffUsers } from "@/lib/db/schema";
import { tokenScopes } from "./scopes";

/** A booking's links for the console. The stored hash is never selected. */
export async function listBookingTokens(opts: { hotelId: string; bookingId: string }) {
  const rows = await getDb()
    .select({
      id: guestBookingTokens.id,
      purpose: guestBookingTokens.purpose,
      canOrderServices: guestBookingTokens.canOrderServices,
      canChat: guestBookingTokens.canChat,
      label: guestBookingTokens.label,
      expiresAt: guestBookingTokens.expiresAt,
      revokedAt: guestBookingTokens.revokedAt,
      revokedReason: guestBookingTokens.revokedReason,
      replacedByTokenId: guestBookingTokens.replacedByTokenId,
      createdAt: guestBookingTokens.createdAt,
      lastUsedAt: guestBookingTokens.lastUsedAt,
      createdByName: staffUsers.name,
    })
    .from(guestBookingTokens)
    .leftJoin(staffUsers, eq(staffUsers.id, guestBookingTokens.createdByStaffId))
    .where(and(eq(guestBookingTokens.hotelId, opts.hotelId), eq(guestBookingTokens.bookingId, opts.bookingId)))
    .orderBy(desc(guestBookingTokens.createdAt));
  return rows.map((r) => ({ ...r, scopes: tokenScopes(r) }));
}
