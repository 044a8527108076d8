import { and, eq, isNull } from "drizzle-orm";
import { transaction } from "@/lib/db/transaction";
import type { Tx } from "@/lib/db/client";
import { bookings, guestBookingTokens, tokenEvents } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { guestBookingChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";

type RevokeInput = { hotelId: string; tokenId: string; reason?: string | null; staffId?: string | null; replacedByTokenId?: string };

/** Revokes one active link; the guest's next request (HTTP or channel auth) is refused. */
export async function revokeTokenInTx(tx: Tx, input: RevokeInput): Promise<void> {
  const [row] = await tx
    .update(guestBookingTokens)
    .set({ revokedAt: new Date(), revokedReason: input.reason ?? null, replacedByTokenId: input.replacedByTokenId ?? null })
    .where(and(eq(guestBookingTokens.id, input.tokenId), eq(guestBookingTokens.hotelId, input.hotelId), isNull(guestBookingTokens.revokedAt)))
    .returning({ id: guestBookingTokens.id, bookingId: guestBookingTokens.bookingId });
  if (!row) throw new AppError("NOT_FOUND", "Active link not found");
  const [booking] = await tx.select({ reference: bookings.reference }).from(bookings).where(eq(bookings.id, row.bookingId));
  await tx.insert(tokenEvents).values({ tokenId: row.id, hotelId: input.hotelId, bookingId: row.bookingId, kind: "REVOKED", reason: input.reason ?? null });
  if (booking) {
    await recordEvents(tx, [
      event("booking.link_revoked", [guestBookingChannel(booking.reference)], { booking_id: booking.reference, link_id: row.id }),
    ]);
  }
}

export function revokeToken(input: RevokeInput): Promise<void> {
  return transaction((tx) => revokeTokenInTx(tx, input));
}

/** Revokes every active link of a booking (used by "revoke all" and by cancellation). Returns how many. */
export async function revokeAllTokensInTx(tx: Tx, input: { hotelId: string; bookingId: string; reason?: string | null; staffId?: string | null }): Promise<number> {
  const active = await tx
    .select({ id: guestBookingTokens.id })
    .from(guestBookingTokens)
    .where(and(eq(guestBookingTokens.bookingId, input.bookingId), eq(guestBookingTokens.hotelId, input.hotelId), isNull(guestBookingTokens.revokedAt)));
  for (const t of active) await revokeTokenInTx(tx, { hotelId: input.hotelId, tokenId: t.id, reason: input.reason, staffId: input.staffId });
  return active.length;
}

export function revokeAllTokens(input: { hotelId: string; bookingId: string; reason?: string | null; staffId?: string | null }): Promise<number> {
  return transaction((tx) => revokeAllTokensInTx(tx, input));
}
