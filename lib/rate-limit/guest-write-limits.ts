import "server-only";
import { env } from "@/lib/env";
import type { GuestAccess } from "@/lib/tokens/validate";
import { consumeOrRefuse, sharedLimiter, type LimitSpec } from "./shared-limiter";

// Every guest write has a per-booking limit, counted per booking (not per link: a guest with two
// links shares one budget) and shared across instances through Redis when REDIS_URL is set. The
// defaults are far above what a real stay needs and far below a flood; each can be set by env
// (lib/env.ts) for a hotel that needs more. Over a limit: 429 RATE_LIMITED with Retry-After.
const TEN_MINUTES = 10 * 60;

export function GUEST_WRITE_LIMITS() {
  const e = env();
  return {
    /** Room-service orders placed (an idempotent replay is not a new order). */
    roomServiceOrder: { points: e.GUEST_ORDER_RATE_LIMIT, duration: TEN_MINUTES },
    /** Pre-check-in submissions (each writes an audit row and two events). */
    precheckin: { points: e.GUEST_PRECHECKIN_RATE_LIMIT, duration: TEN_MINUTES },
    /** Breakfast orders placed, changed and cancelled, together. */
    breakfastWrite: { points: e.GUEST_BREAKFAST_WRITE_RATE_LIMIT, duration: TEN_MINUTES },
    /** Service requests made (towels, cleaning, a repair…; an idempotent replay is not a new one). */
    serviceRequest: { points: e.GUEST_REQUEST_RATE_LIMIT, duration: TEN_MINUTES },
    /** Room-service orders and service requests cancelled, together (each tells the staff live). */
    guestCancel: { points: e.GUEST_CANCEL_RATE_LIMIT, duration: TEN_MINUTES },
    /** Do-not-disturb switched on or off (each change tells housekeeping live). */
    doNotDisturb: { points: 20, duration: TEN_MINUTES },
    /** Chat messages: a burst of 20 a minute is far more than anyone types. */
    chatMessage: { points: 20, duration: 60 },
    /** Typing relays: one every 3 seconds per sender; extra calls are dropped, not refused. */
    chatTyping: { points: 1, duration: 3 },
  } satisfies Record<string, LimitSpec>;
}

/**
 * Room-service orders a booking may have open at once (not yet delivered or cancelled); checked
 * inside the order's transaction with the booking row locked, so parallel requests cannot pass it.
 */
export function openOrderLimit(): number {
  return env().GUEST_OPEN_ORDER_LIMIT;
}

/** Service requests a booking may have open at once (not done, declined or cancelled); checked like orders. */
export function openRequestLimit(): number {
  return env().GUEST_OPEN_REQUEST_LIMIT;
}

type GuestWrite = "roomServiceOrder" | "precheckin" | "breakfastWrite" | "serviceRequest" | "guestCancel" | "doNotDisturb";

const MESSAGES: Record<GuestWrite, string> = {
  roomServiceOrder: "Too many orders from this stay in a short time; please wait a few minutes or call the front desk",
  precheckin: "Too many pre-check-in updates in a short time; please wait a few minutes",
  breakfastWrite: "Too many breakfast changes in a short time; please wait a few minutes",
  serviceRequest: "Too many requests from this stay in a short time; please wait a few minutes or call the front desk",
  guestCancel: "Too many cancellations from this stay in a short time; please wait a few minutes or call the front desk",
  doNotDisturb: "Do not disturb was switched too often in a short time; please wait a few minutes",
};

/** Counts one guest write for the booking before any work; over the limit throws 429 with Retry-After. */
export async function consumeGuestWrite(kind: GuestWrite, access: Pick<GuestAccess, "booking">): Promise<void> {
  await consumeOrRefuse(sharedLimiter(`guest_${kind}`, GUEST_WRITE_LIMITS()[kind]), access.booking.id, MESSAGES[kind]);
}

