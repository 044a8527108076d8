import { and, eq, inArray, isNull } from "drizzle-orm";
import { transaction } from "@/lib/db/transaction";
import type { Tx } from "@/lib/db/client";
import { bookings, guestBookingTokens, tokenEvents } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { guestBookingChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";
import { recordEvents } from "@/lib/realtime/outbox";

type RevokeInput = { hotelId: string; tokenId: string; reason?: string | null; staffId?: string | null; replacedByTokenId?: string };

/** Token events and the guest-side announcement for links just revoked. */
async function recordRevocations(tx: Tx, hotelId: string, revoked: { id: string; bookingId: string }[], reason: string | null): Promise<void> {
  if (revoked.length === 0) return;
  await tx.insert(tokenEvents).values(revoked.map((r) => ({ tokenId: r.id, hotelId, bookingId: r.bookingId, kind: "REVOKED" as const, reason })));
  const refs = await tx
    .select({ id: bookings.id, reference: bookings.reference })
    .from(bookings)
    .where(inArray(bookings.id, [...new Set(revoked.map((r) => r.bookingId))]));
  const refOf = new Map(refs.map((b) => [b.id, b.reference]));
  await recordEvents(
    tx,
    revoked.flatMap((r) => {
      const reference = refOf.get(r.bookingId);
      return reference ? [event("booking.link_revoked", [guestBookingChannel(reference)], { booking_id: reference, link_id: r.id })] : [];
    }),
  );
}

/** Revokes one active link; the guest's next request (HTTP or channel auth) is refused. */
export async function revokeTokenInTx(tx: Tx, input: RevokeInput): Promise<void> {
  const revoked = await tx
    .update(guestBookingTokens)
    .set({ revokedAt: new Date(), revokedReason: input.reason ?? null, replacedByTokenId: input.replacedByTokenId ?? null })
    .where(and(eq(guestBookingTokens.id, input.tokenId), eq(guestBookingTokens.hotelId, input.hotelId), isNull(guestBookingTokens.revokedAt)))
    .returning({ id: guestBookingTokens.id, bookingId: guestBookingTokens.bookingId });
  if (revoked.length === 0) throw new AppError("NOT_FOUND", "Active link not found");
  await recordRevocations(tx, input.hotelId, revoked, input.reason ?? null);
}

export function revokeToken(input: RevokeInput): Promise<void> {
  return transaction((tx) => revokeTokenInTx(tx, input));
}

/**
 * Revokes every link of a booking still active (used by "revoke all" and by cancellation) in one
 * statement, so a link revoked concurrently is simply skipped. Returns how many it revoked.
 */
export async function revokeAllTokensInTx(tx: Tx, input: { hotelId: string; bookingId: string; reason?: string | null; staffId?: string | null }): Promise<number> {
  const revoked = await tx
    .update(guestBookingTokens)
    .set({ revokedAt: new Date(), revokedReason: input.reason ?? null })
    .where(and(eq(guestBookingTokens.bookingId, input.bookingId), eq(guestBookingTokens.hotelId, input.hotelId), isNull(guestBookingTokens.revokedAt)))
    .returning({ id: guestBookingTokens.id, bookingId: guestBookingTokens.bookingId });
  await recordRevocations(tx, input.hotelId, revoked, input.reason ?? null);
  return revoked.length;
}
