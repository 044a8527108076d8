import { and, eq, lt, or, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, guestBookingTokens, hotels, rooms, tokenEvents, type Booking, type GuestBookingToken, type Hotel } from "@/lib/db/schema";
import { hashesEqual, hashIp, hashToken, looksLikeToken } from "./crypto";
import { flushRefusals, noteRefusal } from "./refusal-audit";
import { hasScope, type Scope } from "./scopes";

export type RejectReason = "UNKNOWN" | "EXPIRED" | "REVOKED" | "BOOKING_CANCELLED" | "WRONG_HOTEL" | "WRONG_BOOKING" | "MISSING_SCOPE";

export type GuestAccess = { token: GuestBookingToken; booking: Booking; hotel: Hotel; roomNumber: string | null };

export type ValidationResult = ({ ok: true } & GuestAccess) | { ok: false; reason: RejectReason; tokenId?: string };

export type ValidateOptions = {
  hotelSlug?: string;
  bookingRef?: string;
  scope?: Scope;
  meta?: { ip?: string | null; userAgent?: string | null };
  now?: Date;
};

// Used-at is written at most this often per token, so a busy portal does not write on every call.
const USE_RECORD_INTERVAL_MS = 60_000;

const pending = new Set<Promise<unknown>>();

/** Audit writes run beside the request; tests and shutdown can wait for them. */
export async function flushTokenAudit(): Promise<void> {
  await Promise.allSettled([...pending, flushRefusals()]);
}

function inBackground(work: () => Promise<unknown>) {
  const p = work().catch((e) => console.error("token audit write failed", e instanceof Error ? e.message : e));
  pending.add(p);
  void p.finally(() => pending.delete(p));
}

/**
 * Checks a raw guest token against the database on every call (no cached grant can outlive a
 * revocation). Returns the token with its booking and hotel, or the true reason for refusal.
 */
export async function validateToken(raw: string, opts: ValidateOptions = {}): Promise<ValidationResult> {
  const now = opts.now ?? new Date();
  const meta = { ipHash: hashIp(opts.meta?.ip), userAgent: opts.meta?.userAgent?.slice(0, 300) ?? null };
  const reject = (reason: RejectReason, t?: { id: string; hotelId: string; bookingId: string }): ValidationResult => {
    noteRefusal({ tokenId: t?.id ?? null, hotelId: t?.hotelId ?? null, bookingId: t?.bookingId ?? null, reason, ...meta });
    return { ok: false, reason, tokenId: t?.id };
  };

  if (!looksLikeToken(raw)) return reject("UNKNOWN");
  const hash = hashToken(raw);
  const [row] = await getDb()
    .select({ token: guestBookingTokens, booking: bookings, hotel: hotels, roomNumber: rooms.number })
    .from(guestBookingTokens)
    .innerJoin(bookings, and(eq(bookings.id, guestBookingTokens.bookingId), eq(bookings.hotelId, guestBookingTokens.hotelId)))
    .innerJoin(hotels, eq(hotels.id, guestBookingTokens.hotelId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(eq(guestBookingTokens.tokenHash, hash));
  if (!row || !hashesEqual(row.token.tokenHash, hash)) return reject("UNKNOWN");

  const { token, booking, hotel } = row;
  if (token.revokedAt) return reject("REVOKED", token);
  if (token.expiresAt.getTime() <= now.getTime()) return reject("EXPIRED", token);
  if (booking.status !== "CONFIRMED") return reject("BOOKING_CANCELLED", token);
  if (opts.hotelSlug !== undefined && hotel.slug !== opts.hotelSlug) return reject("WRONG_HOTEL", token);
  if (opts.bookingRef !== undefined && booking.reference !== opts.bookingRef) return reject("WRONG_BOOKING", token);
  if (opts.scope && !hasScope(token, opts.scope)) return reject("MISSING_SCOPE", token);

  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > USE_RECORD_INTERVAL_MS) {
    inBackground(async () => {
      const threshold = new Date(now.getTime() - USE_RECORD_INTERVAL_MS);
      const updated = await getDb()
        .update(guestBookingTokens)
        .set({ lastUsedAt: now })
        .where(and(eq(guestBookingTokens.id, token.id), or(isNull(guestBookingTokens.lastUsedAt), lt(guestBookingTokens.lastUsedAt, threshold))))
        .returning({ id: guestBookingTokens.id });
      if (updated.length) await getDb().insert(tokenEvents).values({ tokenId: token.id, hotelId: token.hotelId, bookingId: token.bookingId, kind: "USED", ...meta });
    });
  }
  return { ok: true, token, booking, hotel, roomNumber: row.roomNumber };
}
