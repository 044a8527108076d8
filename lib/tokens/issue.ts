import { and, eq } from "drizzle-orm";
import { transaction } from "@/lib/db/transaction";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, guestBookingTokens, hotels, tokenEvents, type GuestBookingToken, type TokenPurpose } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { generateRawToken, hashToken } from "./crypto";
import { tokenExpiry } from "./expiry";

export type IssueTokenInput = {
  hotelId: string;
  bookingId: string;
  purpose?: TokenPurpose;
  canOrderServices?: boolean;
  canChat?: boolean;
  expiresDays?: number;
  label?: string | null;
  createdByStaffId?: string | null;
};

export type IssuedToken = { token: GuestBookingToken; raw: string };

/** Issues a new link for a booking; the raw token is returned once and only its hash is stored. */
export async function issueTokenInTx(tx: DbOrTx, input: IssueTokenInput): Promise<IssuedToken> {
  const [row] = await tx
    .select({ booking: bookings, hotel: hotels })
    .from(bookings)
    .innerJoin(hotels, eq(hotels.id, bookings.hotelId))
    .where(and(eq(bookings.id, input.bookingId), eq(bookings.hotelId, input.hotelId)));
  if (!row) throw new AppError("NOT_FOUND", "Booking not found");
  if (row.booking.status !== "CONFIRMED") throw new AppError("CONFLICT", "Links cannot be issued for a cancelled booking");

  const raw = generateRawToken();
  const [token] = await tx
    .insert(guestBookingTokens)
    .values({
      hotelId: input.hotelId,
      bookingId: input.bookingId,
      tokenHash: hashToken(raw),
      purpose: input.purpose ?? "FULL_ACCESS",
      canOrderServices: input.canOrderServices ?? true,
      canChat: input.canChat ?? true,
      label: input.label ?? null,
      expiresAt: tokenExpiry(row.booking, row.hotel, { expiresDays: input.expiresDays }),
      createdByStaffId: input.createdByStaffId ?? null,
    })
    .returning();
  if (!token) throw new Error("token insert returned nothing");
  await tx.insert(tokenEvents).values({ tokenId: token.id, hotelId: input.hotelId, bookingId: input.bookingId, kind: "ISSUED", reason: token.purpose });
  return { token, raw };
}

export function issueToken(input: IssueTokenInput): Promise<IssuedToken> {
  return transaction((tx) => issueTokenInTx(tx, input));
}
