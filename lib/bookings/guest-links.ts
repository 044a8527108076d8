import { transaction } from "@/lib/db/transaction";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { bookings, guestBookingTokens } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { issueTokenInTx, type IssuedToken } from "@/lib/tokens/issue";
import { revokeAllTokensInTx, revokeTokenInTx } from "@/lib/tokens/revoke";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { findBookingOrThrow } from "./find-booking";
import { runOnce } from "@/lib/idempotency/run-once";
import type { IssueLinkInput, ReplaceLinkInput, RevokeLinkInput } from "./link-schemas";
import { staffBookingChanged } from "./stay-events";

const DUPLICATE_LINK_MESSAGE = "This link was already issued by an earlier submit; it is in the list below";

/**
 * Issues a link inside the caller's transaction and audits it. A repeated submit (same key) is
 * refused with 409: the first raw token cannot be shown again, and the link is in the list.
 */
export async function issueGuestLinkInTx(tx: Tx, actor: StaffActor, reference: string, input: IssueLinkInput): Promise<IssuedToken> {
  const { idempotencyKey, ...request } = input;
  const once = await runOnce(tx, { scope: `link-issue:${actor.hotel.id}`, key: idempotencyKey, request: { reference, ...request } }, async () => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference });
    const issued = await issueTokenInTx(tx, {
      hotelId: actor.hotel.id,
      bookingId: booking.id,
      purpose: input.purpose,
      canOrderServices: input.canOrderServices,
      canChat: input.canChat,
      expiresDays: input.expiresDays,
      label: input.label,
      createdByStaffId: actor.staffId,
    });
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "link_issued", details: { tokenId: issued.token.id, purpose: input.purpose } });
    // Colleagues with this booking open see the new link in its list without reloading.
    await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, booking.reference, "link_issued")]);
    return { result: issued, stored: { tokenId: issued.token.id } };
  });
  if (once.replayed) throw new AppError("CONFLICT", DUPLICATE_LINK_MESSAGE);
  return once.result;
}

export function issueGuestLink(actor: StaffActor, reference: string, input: IssueLinkInput): Promise<IssuedToken> {
  return transaction((tx) => issueGuestLinkInTx(tx, actor, reference, input));
}

async function activeLinkOrThrow(tx: Tx, actor: StaffActor, tokenId: string) {
  const [t] = await tx
    .select({
      id: guestBookingTokens.id,
      bookingId: guestBookingTokens.bookingId,
      reference: bookings.reference,
      purpose: guestBookingTokens.purpose,
      canChat: guestBookingTokens.canChat,
      canOrderServices: guestBookingTokens.canOrderServices,
      label: guestBookingTokens.label,
    })
    .from(guestBookingTokens)
    .innerJoin(bookings, eq(bookings.id, guestBookingTokens.bookingId))
    .where(and(eq(guestBookingTokens.id, tokenId), eq(guestBookingTokens.hotelId, actor.hotel.id), isNull(guestBookingTokens.revokedAt)));
  if (!t) throw new AppError("NOT_FOUND", "Active link not found");
  return t;
}

/** Revokes one link with a reason; the guest's next request is refused. */
export async function revokeGuestLink(actor: StaffActor, tokenId: string, input: RevokeLinkInput): Promise<void> {
  await transaction(async (tx) => {
    const t = await activeLinkOrThrow(tx, actor, tokenId);
    await revokeTokenInTx(tx, { hotelId: actor.hotel.id, tokenId, reason: input.reason, staffId: actor.staffId });
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: t.bookingId, staffId: actor.staffId, kind: "link_revoked", details: { tokenId, reason: input.reason } });
    await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, t.reference, "link_revoked")]);
  });
}

/** Revokes every active link of a booking. */
export async function revokeAllGuestLinks(actor: StaffActor, reference: string, input: RevokeLinkInput): Promise<number> {
  return transaction(async (tx) => {
    const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference });
    const count = await revokeAllTokensInTx(tx, { hotelId: actor.hotel.id, bookingId: booking.id, reason: input.reason, staffId: actor.staffId });
    await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: booking.id, staffId: actor.staffId, kind: "links_revoked_all", details: { count, reason: input.reason } });
    await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, booking.reference, "links_revoked_all")]);
    return count;
  });
}

/** Rotation on request: revokes one link and issues its successor (same purpose and flags) atomically. */
export async function replaceGuestLink(actor: StaffActor, tokenId: string, input: ReplaceLinkInput): Promise<IssuedToken> {
  const { idempotencyKey, ...request } = input;
  return transaction(async (tx) => {
    const once = await runOnce(tx, { scope: `link-replace:${actor.hotel.id}`, key: idempotencyKey, request: { tokenId, ...request } }, async () => {
      const old = await activeLinkOrThrow(tx, actor, tokenId);
      const next = await issueTokenInTx(tx, { hotelId: actor.hotel.id, bookingId: old.bookingId, purpose: old.purpose, canChat: old.canChat, canOrderServices: old.canOrderServices, label: old.label, createdByStaffId: actor.staffId });
      await revokeTokenInTx(tx, { hotelId: actor.hotel.id, tokenId, reason: input.reason, staffId: actor.staffId, replacedByTokenId: next.token.id });
      await auditBooking(tx, { hotelId: actor.hotel.id, bookingId: old.bookingId, staffId: actor.staffId, kind: "link_replaced", details: { tokenId, replacedBy: next.token.id, reason: input.reason } });
      await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, old.reference, "link_replaced")]);
      return { result: next, stored: { tokenId: next.token.id } };
    });
    if (once.replayed) throw new AppError("CONFLICT", DUPLICATE_LINK_MESSAGE);
    return once.result;
  });
}
