import { stayState } from "@/lib/bookings/stay-rules";
import type { Booking, RequestKind } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// Requests are for the stay: while checked in; a late check-out may also be asked before arrival.

type StayFields = Pick<Booking, "status" | "checkedInAt" | "checkedOutAt">;

export const NOT_DURING_STAY_REQUEST = "Requests are only available during your stay";

export function canRequestNow(b: StayFields, kind: RequestKind): boolean {
  const s = stayState(b);
  return s === "in_house" || (s === "upcoming" && kind === "LATE_CHECKOUT");
}

/** Before judging a body: a stay that has ended (or was cancelled) can ask for nothing. */
export function assertStayMayRequest(b: StayFields): void {
  const s = stayState(b);
  if (s !== "in_house" && s !== "upcoming") throw new AppError("NOT_DURING_STAY", NOT_DURING_STAY_REQUEST);
}

export function assertMayRequestKind(b: StayFields, kind: RequestKind): void {
  if (!canRequestNow(b, kind)) throw new AppError("NOT_DURING_STAY", NOT_DURING_STAY_REQUEST);
}
