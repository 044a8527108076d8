import { transaction } from "@/lib/db/transaction";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/lib/db/client";
import { bookings, guestBookingTokens } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordEvents } from "@/lib/realtime/outbox";
import { issueTokenInTx, type IssuedToken } from "@/lib/tokens/issue";
import { revokeAllTokensInTx, revokeTokenInTx } from "@/lib/tokens/revoke";
import type { StaffActor } from "./actor";
import { auditBooking } from "./audit";
import { findBookingOrThrow } from "./find-booking";
import { findPriorSubmission } from "./idempotency";
import type { IssueLinkInput, ReplaceLinkInput, RevokeLinkInput } from "./link-schemas";
import { staffBookingChanged } from "./stay-events";

export const DUPLICATE_LINK_MESSAGE = "This link was already issued by an earlier submit; it is in the list below";

/** Issues a link inside the caller's transaction, guarded against double submits, and audits it. */
export async function issueGuestLinkInTx(tx: Tx, actor: StaffActor, reference: string, input: IssueLinkInput): Promise<IssuedToken> {
  const booking = await findBookingOrThrow(tx, { hotelId: actor.hotel.id, reference });
  // The raw token of the first submit cannot be shown again, so a twin request is refused.
  if (await findPriorSubmission(tx, { hotelId: actor.hotel.id, kind: "link_issued", key: input.idempotencyKey })) {
    throw new AppError("CONFLICT", DUPLICATE_LINK_MESSAGE);
  }
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
  await auditBooking(tx, {
    hotelId: actor.hotel.id,
    bookingId: booking.id,
    staffId: actor.staffId,
    kind: "link_issued",
    details: { tokenId: issued.token.id, purpose: input.purpose, idempotencyKey: input.idempotencyKey },
  });
  // Colleagues with this booking open see the new link in its list without reloading.
  await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, booking.reference, "link_issued")]);
  return issued;
}

export function issueGuestLink(actor: StaffActor, reference: string, input: IssueLinkInput): Promise<IssuedToken> {
  return transaction((tx) => issueGuestLinkInTx(tx, actor, reference, input));
}

async function activeLinkOrThrow(tx: DbOrTx, actor: StaffActor, tokenId: string) {
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
  return transaction(async (tx) => {
    if (await findPriorSubmission(tx, { hotelId: actor.hotel.id, kind: "link_replaced", key: input.idempotencyKey })) {
      throw new AppError("CONFLICT", DUPLICATE_LINK_MESSAGE);
    }
    const old = await activeLinkOrThrow(tx, actor, tokenId);
    const next = await issueTokenInTx(tx, { hotelId: actor.hotel.id, bookingId: old.bookingId, purpose: old.purpose, canChat: old.canChat, canOrderServices: old.canOrderServices, label: old.label, createdByStaffId: actor.staffId });
    await revokeTokenInTx(tx, { hotelId: actor.hotel.id, tokenId, reason: input.reason, staffId: actor.staffId, replacedByTokenId: next.token.id });
    await auditBooking(tx, {
      hotelId: actor.hotel.id,
      bookingId: old.bookingId,
      staffId: actor.staffId,
      kind: "link_replaced",
      details: { tokenId, replacedBy: next.token.id, reason: input.reason, idempotencyKey: input.idempotencyKey },
    });
    await recordEvents(tx, [staffBookingChanged(actor.hotel.slug, old.reference, "link_replaced")]);
    return next;
  });
}
